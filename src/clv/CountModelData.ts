import type { CompressedSummaries } from "../rfm/compressSummaries.ts";
import type { SummaryColumns } from "../rfm/SummaryColumns.ts";
import type { SummaryRowInput } from "../rfm/SummaryRowSchema.ts";
import type { TransactionSummary } from "../rfm/TransactionSummary.ts";

/**
 * What the count-model fits accept: a {@link TransactionSummary} (its unit is recorded), summary rows,
 * {@link SummaryColumns} (typed arrays welcome), or {@link CompressedSummaries}.
 *
 * @example
 * ```ts
 * import type { CountModelData } from "clientele/clv";
 * const data: CountModelData = { frequency: [0, 2], recency: [0, 10], T: [38, 38], count: [1411, 3], customers: 1414 };
 * ```
 * @category Fits
 */
export type CountModelData = TransactionSummary | readonly SummaryRowInput[] | SummaryColumns | CompressedSummaries;
