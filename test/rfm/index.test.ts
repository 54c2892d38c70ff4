import { describe, expect, it } from "vitest";
import * as rfm from "../../src/rfm/index.ts";

describe("clientele/rfm facade", () => {
  it("exports the runtime API and nothing internal", () => {
    expect(Object.keys(rfm).sort()).toEqual([
      "CurrencyConversionSchema",
      "RepeatPurchasesByPeriodOptionsSchema",
      "RfmSegmentSchema",
      "SummarizeOpportunitiesOptionsSchema",
      "SummarizeTransactionsOptionsSchema",
      "SummaryRowSchema",
      "compressOpportunities",
      "compressSummaries",
      "createSummaryAccumulator",
      "defaultRfmSegments",
      "parseSummaries",
      "parseSummaryTable",
      "repeatPurchasesByPeriod",
      "scoreRfm",
      "summarizeOpportunities",
      "summarizeTransactions",
    ]);
  });
});
