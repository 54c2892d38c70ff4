import type { TransactionSummary } from "../../rfm/TransactionSummary.ts";
import type { SpendHistory, SpendHistoryColumns } from "./SpendHistory.ts";

/**
 * What {@link fitGammaGamma} accepts: a {@link TransactionSummary}, rows with at least `frequency` and
 * `monetaryValue` (a {@link CustomerSummary} row is one; other fields are ignored), or columns of them
 * ({@link SummaryColumns} with a `monetaryValue` column is one). Customers with `frequency` 0 are counted,
 * not fitted.
 *
 * @example
 * ```ts
 * import type { GammaGammaData } from "clientele/clv";
 * const data: GammaGammaData = { frequency: [2, 1, 0], monetaryValue: [22.35, 11.77, 0] };
 * ```
 * @category Gamma-Gamma
 */
export type GammaGammaData = TransactionSummary | readonly SpendHistory[] | SpendHistoryColumns;
