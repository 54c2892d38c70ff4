import { describe, expectTypeOf, it } from "vitest";
import type { GammaGammaData } from "../../../src/clv/gammaGamma/GammaGammaData.ts";
import type { CustomerSummary } from "../../../src/rfm/CustomerSummary.ts";
import type { TransactionSummary } from "../../../src/rfm/TransactionSummary.ts";

describe("GammaGammaData types", () => {
  it("accepts a TransactionSummary, CustomerSummary rows and spend columns", () => {
    expectTypeOf<TransactionSummary>().toExtend<GammaGammaData>();
    expectTypeOf<readonly CustomerSummary[]>().toExtend<GammaGammaData>();
    expectTypeOf<{ frequency: number[]; monetaryValue: Float64Array }>().toExtend<GammaGammaData>();
    expectTypeOf<{ frequency: number[] }>().not.toExtend<GammaGammaData>();
  });
});
