import { describe, expectTypeOf, it } from "vitest";
import type { CustomerHistories, CustomerHistory, CustomerHistoryColumns } from "../../src/clv/CustomerHistory.ts";
import type { SimulatedSummaries } from "../../src/clv/SimulatedSummaries.ts";
import type { CustomerSummary } from "../../src/rfm/CustomerSummary.ts";
import type { SummaryColumns } from "../../src/rfm/SummaryColumns.ts";
import type { TransactionSummary } from "../../src/rfm/TransactionSummary.ts";

describe("CustomerHistory types", () => {
  it("accepts summary rows and summary columns as they are", () => {
    expectTypeOf<CustomerSummary>().toExtend<CustomerHistory>();
    expectTypeOf<SummaryColumns>().toExtend<CustomerHistoryColumns>();
    expectTypeOf<SimulatedSummaries>().toExtend<CustomerHistoryColumns>();
  });

  it("CustomerHistories takes columns, rows and a whole TransactionSummary, but not one customer", () => {
    expectTypeOf<TransactionSummary>().toExtend<CustomerHistories>();
    expectTypeOf<TransactionSummary["rows"]>().toExtend<CustomerHistories>();
    expectTypeOf<SummaryColumns>().toExtend<CustomerHistories>();
    expectTypeOf<CustomerHistory>().not.toExtend<CustomerHistories>();
  });
});
