import { describe, expectTypeOf, it } from "vitest";
import type { SpendHistory, SpendHistoryColumns } from "../../../src/clv/gammaGamma/SpendHistory.ts";
import type { CustomerSummary } from "../../../src/rfm/CustomerSummary.ts";
import type { SummaryColumns } from "../../../src/rfm/SummaryColumns.ts";

describe("SpendHistory types", () => {
  it("is satisfied by a CustomerSummary row, and columns with typed arrays", () => {
    expectTypeOf<CustomerSummary>().toExtend<SpendHistory>();
    expectTypeOf<{ frequency: Float64Array; monetaryValue: number[] }>().toExtend<SpendHistoryColumns>();
    expectTypeOf<SummaryColumns & { monetaryValue: ArrayLike<number> }>().toExtend<SpendHistoryColumns>();
  });
});
