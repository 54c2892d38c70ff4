import { describe, expectTypeOf, it } from "vitest";
import type { BgBbFit } from "../../../src/clv/bgBb/BgBbFit.ts";
import type { BgNbdFit } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { discountedExpectedResidualPurchases } from "../../../src/clv/predictions/discountedExpectedResidualPurchases.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";
import type { CustomerSummary } from "../../../src/rfm/CustomerSummary.ts";
import type { OpportunitiesSummary } from "../../../src/rfm/summarizeOpportunities.ts";
import type { TransactionSummary } from "../../../src/rfm/TransactionSummary.ts";

declare const fit: BgNbdFit;
declare const bgBb: BgBbFit;
declare const summary: TransactionSummary;
declare const opportunities: OpportunitiesSummary;
declare const rows: readonly CustomerSummary[];

describe("prediction overloads (issue 16, item 2)", () => {
  it("give a number for one customer and a Float64Array for columns, rows or a summary", () => {
    expectTypeOf(probabilityAlive(fit, { frequency: 1, recency: 2, T: 3 })).toEqualTypeOf<number>();
    expectTypeOf(probabilityAlive(fit, summary)).toEqualTypeOf<Float64Array>();
    expectTypeOf(probabilityAlive(fit, summary.rows)).toEqualTypeOf<Float64Array>();
    expectTypeOf(probabilityAlive(fit, rows)).toEqualTypeOf<Float64Array>();
    expectTypeOf(probabilityAlive(bgBb, opportunities)).toEqualTypeOf<Float64Array>();
    expectTypeOf(probabilityAlive(bgBb, opportunities.rows)).toEqualTypeOf<Float64Array>();
    expectTypeOf(conditionalExpectedPurchases(fit, 52, summary)).toEqualTypeOf<Float64Array>();
    expectTypeOf(conditionalExpectedPurchases(fit, 52, summary.rows)).toEqualTypeOf<Float64Array>();
    expectTypeOf(
      discountedExpectedResidualPurchases(fit, summary, { discountRate: 0.01 }),
    ).toEqualTypeOf<Float64Array>();
  });

  it("do not take a BG/BB summary under a count model, nor a transaction summary under BG/BB", () => {
    // @ts-expect-error: an OpportunitiesSummary has no T
    probabilityAlive(fit, opportunities);
    // @ts-expect-error: a TransactionSummary has no opportunities
    probabilityAlive(bgBb, summary);
  });
});
