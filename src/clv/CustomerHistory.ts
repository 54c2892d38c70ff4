import type { TransactionSummary } from "../rfm/TransactionSummary.ts";

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

/**
 * Many customers, in any of the forms the per-customer predictions accept: columns
 * ({@link CustomerHistoryColumns}, e.g. {@link SummaryColumns}), rows (e.g. `summary.rows`), or a whole
 * {@link TransactionSummary}, whose `metadata.unit` must be the fit's (`invalid_input` at
 * `customer.metadata.unit` otherwise: nothing is converted). The result is a `Float64Array` whose entry i
 * is customer i: row i for rows and summaries (a summary's rows are in its fixed customer order), element i
 * for columns. To keep the customer ids beside the numbers, use {@link scoreCustomers}.
 *
 * @example
 * ```ts
 * import type { CustomerHistories } from "clientele/clv";
 * const rows: CustomerHistories = [
 *   { frequency: 26, recency: 30.86, T: 31 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 * ];
 * ```
 * @category Predictions
 */
export type CustomerHistories = CustomerHistoryColumns | readonly CustomerHistory[] | TransactionSummary;
