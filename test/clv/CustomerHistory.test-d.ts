import { describe, expectTypeOf, it } from "vitest";
import type { CustomerHistory, CustomerHistoryColumns } from "../../src/clv/CustomerHistory.ts";
import type { SimulatedSummaries } from "../../src/clv/SimulatedSummaries.ts";
import type { CustomerSummary } from "../../src/rfm/CustomerSummary.ts";
import type { SummaryColumns } from "../../src/rfm/SummaryColumns.ts";

describe("CustomerHistory types", () => {
  it("accepts summary rows and summary columns as they are", () => {
    expectTypeOf<CustomerSummary>().toExtend<CustomerHistory>();
    expectTypeOf<SummaryColumns>().toExtend<CustomerHistoryColumns>();
    expectTypeOf<SimulatedSummaries>().toExtend<CustomerHistoryColumns>();
  });
});
