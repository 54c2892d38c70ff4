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
});
