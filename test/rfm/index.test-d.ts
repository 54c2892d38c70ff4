import { describe, expectTypeOf, it } from "vitest";
import type {
  CompressedSummaries,
  CustomerSummary,
  SummaryColumns,
  SummaryRow,
  SummaryRowInput,
  TransactionColumns,
  TransactionSummary,
} from "../../src/rfm/index.ts";
import { type compressSummaries, parseSummaries, type scoreRfm, summarizeTransactions } from "../../src/rfm/index.ts";

describe("clientele/rfm types", () => {
  it("makes every CustomerSummary a SummaryRowInput, so summaries feed parseSummaries, compressSummaries and scoreRfm", () => {
    expectTypeOf<CustomerSummary>().toExtend<SummaryRowInput>();
    expectTypeOf<readonly CustomerSummary[]>().toExtend<Parameters<typeof compressSummaries>[0]>();
    expectTypeOf<readonly CustomerSummary[]>().toExtend<Parameters<typeof scoreRfm>[0]>();
    expectTypeOf(parseSummaries).returns.toEqualTypeOf<SummaryRow[]>();
  });

  it("keeps summary rows readonly and the holdout fields optional", () => {
    expectTypeOf<CustomerSummary["frequency"]>().toEqualTypeOf<number>();
    expectTypeOf<CustomerSummary>().toHaveProperty("holdoutFrequency").toEqualTypeOf<number | undefined>();
    expectTypeOf<TransactionSummary["rows"]>().toEqualTypeOf<readonly CustomerSummary[]>();
    expectTypeOf<CompressedSummaries["count"]>().toEqualTypeOf<readonly number[]>();
  });

  it("accepts rows or columns", () => {
    expectTypeOf<TransactionColumns>().toExtend<Parameters<typeof summarizeTransactions>[0]>();
    expectTypeOf<SummaryColumns>().toExtend<Parameters<typeof parseSummaries>[0]>();
  });

  it("requires unit and observationEnd", () => {
    // @ts-expect-error observationEnd is required
    summarizeTransactions([], { unit: "week" });
    // @ts-expect-error unit is required
    summarizeTransactions([], { observationEnd: "1998-06-30" });
  });
});
