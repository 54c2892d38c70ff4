/**
 * One customer's purchase summary as the prediction functions read it: repeat purchases `frequency` (x),
 * time from the first to the last purchase `recency` (t_x) and time from the first purchase to now `T`,
 * both in the fit's time unit. Any {@link CustomerSummary} row is one (other fields are ignored).
 *
 * @example
 * ```ts
 * import type { CustomerHistory } from "clientele/clv";
 * // CDNOW customer 1516: 26 repeat purchases, the last 30.86 weeks after the first, observed for 31 weeks
 * const customer: CustomerHistory = { frequency: 26, recency: 30.86, T: 31 };
 * ```
 * @category Predictions
 */
export interface CustomerHistory {
  /** x: repeat purchases (integer ≥ 0). */
  readonly frequency: number;
  /** t_x: time from the first to the last purchase (0 ≤ t_x ≤ T; 0 when x = 0). */
  readonly recency: number;
  /** T: time from the first purchase to the point of evaluation (≥ 0). */
  readonly T: number;
}

/**
 * Many customers' summaries as columns of equal length (arrays or typed arrays), for the vectorised form
 * of the prediction functions, which then return a `Float64Array` without allocating per customer. Any
 * {@link SummaryColumns} is one (other columns are ignored).
 *
 * @example
 * ```ts
 * import type { CustomerHistoryColumns } from "clientele/clv";
 * const customers: CustomerHistoryColumns = {
 *   frequency: [26, 0],
 *   recency: Float64Array.of(30.86, 0),
 *   T: Float64Array.of(31, 38.86),
 * };
 * ```
 * @category Predictions
 */
export interface CustomerHistoryColumns {
  /** x of each customer. */
  readonly frequency: ArrayLike<number>;
  /** t_x of each customer. */
  readonly recency: ArrayLike<number>;
  /** T of each customer. */
  readonly T: ArrayLike<number>;
}
