import { describe, expectTypeOf, it } from "vitest";
import type { CountModelData } from "../../src/clv/CountModelData.ts";
import type { SimulatedSummaries } from "../../src/clv/SimulatedSummaries.ts";
import type { CustomerSummary } from "../../src/rfm/CustomerSummary.ts";
import type { CompressedSummaries } from "../../src/rfm/compressSummaries.ts";
import type { SummaryColumns } from "../../src/rfm/SummaryColumns.ts";
import type { TransactionSummary } from "../../src/rfm/TransactionSummary.ts";

describe("CountModelData", () => {
  it("accepts a TransactionSummary, rows, columns, compressed summaries and simulated summaries", () => {
    expectTypeOf<TransactionSummary>().toExtend<CountModelData>();
    expectTypeOf<readonly CustomerSummary[]>().toExtend<CountModelData>();
    expectTypeOf<SummaryColumns>().toExtend<CountModelData>();
    expectTypeOf<CompressedSummaries>().toExtend<CountModelData>();
    expectTypeOf<SimulatedSummaries>().toExtend<CountModelData>();
    expectTypeOf<{ frequency: number[] }>().not.toExtend<CountModelData>();
  });

  it("takes tables without customer ids and compressed summaries without a total (issue 16, item 8)", () => {
    expectTypeOf<readonly { frequency: number; recency: number; T: number }[]>().toExtend<CountModelData>();
    expectTypeOf<{ frequency: number[]; recency: Float64Array; T: Float64Array }>().toExtend<CountModelData>();
    expectTypeOf<Omit<CompressedSummaries, "customers">>().toExtend<CountModelData>();
    const fromLifetimes: CountModelData = [{ frequency: 2, recency: 30.43, T: 38.86 }];
    expectTypeOf(fromLifetimes).toExtend<CountModelData>();
  });
});
