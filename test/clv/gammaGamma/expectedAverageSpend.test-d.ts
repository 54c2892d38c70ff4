import { describe, expectTypeOf, it } from "vitest";
import type { BgNbdFit } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import { expectedAverageSpend } from "../../../src/clv/gammaGamma/expectedAverageSpend.ts";
import type { GammaGammaFit } from "../../../src/clv/gammaGamma/GammaGammaFit.ts";
import { customerLifetimeValue } from "../../../src/clv/lifetimeValue/customerLifetimeValue.ts";
import type { TransactionSummary } from "../../../src/rfm/TransactionSummary.ts";

declare const spendFit: GammaGammaFit;
declare const countFit: BgNbdFit;
declare const summary: TransactionSummary;

describe("expectedAverageSpend and customerLifetimeValue overloads (issue 16, item 2)", () => {
  it("give a Float64Array for rows and summaries, a number for one customer", () => {
    expectTypeOf(expectedAverageSpend(spendFit, summary)).toEqualTypeOf<Float64Array>();
    expectTypeOf(expectedAverageSpend(spendFit, summary.rows)).toEqualTypeOf<Float64Array>();
    expectTypeOf(expectedAverageSpend(spendFit, { frequency: 1, monetaryValue: 2 })).toEqualTypeOf<number>();
    const options = { countFit, spendFit, horizon: 52, discountRate: 0.01, margin: 0.3 };
    expectTypeOf(customerLifetimeValue({ ...options, customers: summary })).toEqualTypeOf<Float64Array>();
    expectTypeOf(customerLifetimeValue({ ...options, customers: summary.rows })).toEqualTypeOf<Float64Array>();
    expectTypeOf(
      customerLifetimeValue({ ...options, customers: { frequency: 1, recency: 1, T: 2, monetaryValue: 3 } }),
    ).toEqualTypeOf<number>();
  });
});
