/**
 * One customer's spend summary as {@link expectedAverageSpend} reads it: repeat purchases `frequency` (x)
 * and the mean value of those repeat purchases `monetaryValue` (z̄). Any {@link CustomerSummary} row is
 * one (other fields are ignored).
 *
 * @example
 * ```ts
 * import type { SpendHistory } from "clientele/clv";
 * // CDNOW customer 1: 2 repeat purchases averaging $22.35
 * const customer: SpendHistory = { frequency: 2, monetaryValue: 22.35 };
 * ```
 * @category Gamma-Gamma
 */
export interface SpendHistory {
  /** x: repeat purchases (integer ≥ 0). */
  readonly frequency: number;
  /** z̄: mean value of the repeat purchases (finite, ≥ 0; ignored when `frequency` is 0). */
  readonly monetaryValue: number;
}

/**
 * Many customers' spend summaries as columns of equal length (arrays or typed arrays), for the vectorised
 * form of {@link expectedAverageSpend}. Any {@link SummaryColumns} with a `monetaryValue` column is one
 * (other columns are ignored).
 *
 * @example
 * ```ts
 * import type { SpendHistoryColumns } from "clientele/clv";
 * const customers: SpendHistoryColumns = { frequency: [2, 0], monetaryValue: Float64Array.of(22.35, 0) };
 * ```
 * @category Gamma-Gamma
 */
export interface SpendHistoryColumns {
  /** x of each customer. */
  readonly frequency: ArrayLike<number>;
  /** z̄ of each customer. */
  readonly monetaryValue: ArrayLike<number>;
}
