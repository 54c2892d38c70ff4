/**
 * `clientele/rfm`: from a transaction log to customer summaries (frequency, recency, T, monetary value,
 * holdout counts) for the customer-base models, in one shot or streaming; summaries prepared elsewhere;
 * the compressed (weighted) form; actual repeat purchases per period for tracking plots
 * ({@link repeatPurchasesByPeriod}); discrete opportunities for the BG/BB ({@link summarizeOpportunities});
 * and classic RFM scoring with named segments.
 *
 * Two different "recencies" live here: the models' `recency` (time from the first to the last
 * purchase) in {@link CustomerSummary}, and RFM's time since the last purchase, `timeSinceLastPurchase`
 * in {@link RfmScore}.
 *
 * @module rfm
 */

export type { BgBbData, BgBbPattern, BgBbPatternColumns } from "./BgBbData.ts";
export { type CurrencyConversion, CurrencyConversionSchema } from "./CurrencyConversion.ts";
export type { CustomerSummary, HoldoutCustomerSummary } from "./CustomerSummary.ts";
export { compressOpportunities, type OpportunityPattern } from "./compressOpportunities.ts";
export { type CompressedSummaries, compressSummaries } from "./compressSummaries.ts";
export { createSummaryAccumulator, type SummaryAccumulator } from "./createSummaryAccumulator.ts";
export { defaultRfmSegments, type RfmSegment, RfmSegmentSchema } from "./defaultRfmSegments.ts";
export { parseSummaries } from "./parseSummaries.ts";
export {
  type ParseSummaryTableOptions,
  parseSummaryTable,
  type SummaryColumnsWithoutId,
  type SummaryRowWithoutIdInput,
} from "./parseSummaryTable.ts";
export {
  type RepeatPurchasesByPeriodOptions,
  RepeatPurchasesByPeriodOptionsSchema,
} from "./RepeatPurchasesByPeriodOptions.ts";
export {
  type RepeatPurchasePeriod,
  type RepeatPurchasesByPeriodMetadata,
  type RepeatPurchasesByPeriodResult,
  repeatPurchasesByPeriod,
} from "./repeatPurchasesByPeriod.ts";
export {
  type ReturnsPolicy,
  type SummarizeTransactionsOptions,
  SummarizeTransactionsOptionsSchema,
} from "./SummarizeTransactionsOptions.ts";
export type { SummaryColumns } from "./SummaryColumns.ts";
export { type SummaryRow, type SummaryRowInput, SummaryRowSchema } from "./SummaryRowSchema.ts";
export type { SummaryTable } from "./SummaryTable.ts";
export {
  type RfmScore,
  type RfmScoring,
  type RfmSegmentCount,
  type ScoreRfmOptions,
  scoreRfm,
} from "./scoreRfm.ts";
export {
  type OpportunitiesSummary,
  type OpportunitySummary,
  type OpportunitySummaryMetadata,
  type SummarizeOpportunitiesOptions,
  SummarizeOpportunitiesOptionsSchema,
  summarizeOpportunities,
} from "./summarizeOpportunities.ts";
export { summarizeTransactions } from "./summarizeTransactions.ts";
export type { TransactionColumns } from "./TransactionColumns.ts";
export type { SummaryMetadata, TransactionSummary } from "./TransactionSummary.ts";
