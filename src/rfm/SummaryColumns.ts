/**
 * Customer summaries in columnar form (one array-like per field, element `i` of each is customer `i`),
 * as a warehouse or a data-frame library exports them. Field meanings and rules are those of
 * {@link SummaryRowSchema}; optional columns may be left out, and every present column must have the
 * length of `customerId`. Typed arrays work.
 *
 * @example
 * ```ts
 * import type { SummaryColumns } from "clientele/rfm";
 * const table: SummaryColumns = {
 *   customerId: ["0001", "0002"],
 *   frequency: [2, 1],
 *   recency: Float64Array.of(30.43, 1.71),
 *   T: Float64Array.of(38.86, 38.86),
 * };
 * ```
 * @category RFM
 */
export interface SummaryColumns {
  /** Customer ids: non-empty strings or non-negative integers. */
  readonly customerId: ArrayLike<string | number>;
  /** x: repeat purchases (integers ≥ 0). */
  readonly frequency: ArrayLike<number>;
  /** t_x: time from first to last purchase (≥ 0, ≤ T). */
  readonly recency: ArrayLike<number>;
  /** Time from first purchase to the end of calibration (≥ 0). */
  readonly T: ArrayLike<number>;
  /** Mean repeat-purchase value (≥ 0), optional. */
  readonly monetaryValue?: ArrayLike<number> | undefined;
  /** Holdout purchases (integers ≥ 0), optional. */
  readonly holdoutFrequency?: ArrayLike<number> | undefined;
  /** Mean holdout purchase value (≥ 0), optional. */
  readonly holdoutMonetaryValue?: ArrayLike<number> | undefined;
  /** Holdout length (≥ 0), optional. */
  readonly holdoutDuration?: ArrayLike<number> | undefined;
}
