/**
 * A proportion `count / total` with its Wilson score confidence interval (see
 * {@link estimateRepurchaseTree}). For an empty denominator (`total` 0) the estimate and the bounds are
 * `null`, never NaN.
 *
 * @example
 * ```ts
 * import type { ProportionEstimate } from "clientele/complaints";
 * const p: ProportionEstimate = { count: 0, total: 0, estimate: null, lower: null, upper: null };
 * ```
 * @category Repurchase tree
 */
export interface ProportionEstimate {
  /** The numerator: customers in the group, or who repurchased. */
  readonly count: number;
  /** The denominator: customers in the parent group, or in the group. */
  readonly total: number;
  /** `count / total`; `null` when `total` is 0. */
  readonly estimate: number | null;
  /** Lower bound of the interval; `null` when `total` is 0. */
  readonly lower: number | null;
  /** Upper bound of the interval; `null` when `total` is 0. */
  readonly upper: number | null;
}
