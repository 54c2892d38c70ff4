import type { CompressedSummaries } from "../rfm/compressSummaries.ts";
import type { SummaryColumnsWithoutId, SummaryRowWithoutIdInput } from "../rfm/parseSummaryTable.ts";
import type { TransactionSummary } from "../rfm/TransactionSummary.ts";

/**
 * What the count-model fits accept: a {@link TransactionSummary} (its unit is recorded), summary rows,
 * {@link SummaryColumns} (typed arrays welcome), or {@link CompressedSummaries}. Customer ids are optional
 * (the models never read them; every row has one or none, and those given must be distinct), and the
 * compressed form's `customers` total may be left out (when given, it must equal Σ `count`). With the fit
 * option `unknownFields: "ignore"`, rows and columns may carry fields of their own.
 *
 * @example
 * ```ts
 * import type { CountModelData } from "clientele/clv";
 * const data: CountModelData = { frequency: [0, 2], recency: [0, 10], T: [38, 38], count: [1411, 3], customers: 1414 };
 * const anonymous: CountModelData = { frequency: [0, 2], recency: [0, 10], T: [38, 38] };
 * const compressed: CountModelData = { frequency: [0, 2], recency: [0, 10], T: [38, 38], count: [1411, 3] };
 * ```
 * @category Fits
 */
export type CountModelData =
  | TransactionSummary
  | readonly SummaryRowWithoutIdInput[]
  | SummaryColumnsWithoutId
  | CompressedSummaries
  | Omit<CompressedSummaries, "customers">;
