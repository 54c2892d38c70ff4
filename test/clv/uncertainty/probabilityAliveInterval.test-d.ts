import { describe, expectTypeOf, it } from "vitest";
import type { BgNbdFit } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import { conditionalExpectedPurchasesInterval } from "../../../src/clv/uncertainty/conditionalExpectedPurchasesInterval.ts";
import type { PredictionInterval } from "../../../src/clv/uncertainty/predictionInterval.ts";
import { probabilityAliveInterval } from "../../../src/clv/uncertainty/probabilityAliveInterval.ts";
import type { TransactionSummary } from "../../../src/rfm/TransactionSummary.ts";

declare const fit: BgNbdFit;
declare const summary: TransactionSummary;

describe("interval overloads (issue 16, item 2)", () => {
  it("type the docs' probabilityAliveInterval(fit, summary.rows, { seed: 42 }) as arrays of bounds", () => {
    expectTypeOf(probabilityAliveInterval(fit, summary.rows, { seed: 42 })).toEqualTypeOf<
      PredictionInterval<Float64Array>
    >();
    expectTypeOf(probabilityAliveInterval(fit, summary, { seed: 42 })).toEqualTypeOf<
      PredictionInterval<Float64Array>
    >();
    expectTypeOf(conditionalExpectedPurchasesInterval(fit, 52, summary, { seed: 42 })).toEqualTypeOf<
      PredictionInterval<Float64Array>
    >();
    expectTypeOf(probabilityAliveInterval(fit, { frequency: 1, recency: 1, T: 2 }, { seed: 42 })).toEqualTypeOf<
      PredictionInterval<number>
    >();
  });
});
