import type { OpportunitiesSummary } from "../../rfm/summarizeOpportunities.ts";

/**
 * A BG/BB pattern with what happened in a holdout period after it: `holdoutFrequency` transactions at
 * the `holdoutOpportunities` opportunities n + 1 … n + n*. `count` customers share it (default 1).
 *
 * @example
 * ```ts
 * import type { BgBbHoldoutPattern } from "clientele/clv";
 * // gave in 4 of 1996–2001, the last in 2000, then in 2 of the 5 years 2002–2006
 * const donor: BgBbHoldoutPattern = { frequency: 4, recency: 5, opportunities: 6, holdoutFrequency: 2, holdoutOpportunities: 5 };
 * ```
 * @category Model checking
 */
export interface BgBbHoldoutPattern {
  /** x: calibration opportunities with a transaction, an integer in [0, recency]. */
  readonly frequency: number;
  /** t_x: the calibration opportunity of the last transaction, an integer in [0, opportunities]; 0 iff x = 0. */
  readonly recency: number;
  /** n: calibration opportunities, an integer ≥ 0. */
  readonly opportunities: number;
  /** x*: holdout opportunities with a transaction, an integer in [0, holdoutOpportunities]. */
  readonly holdoutFrequency: number;
  /** n*: holdout opportunities, an integer ≥ 0. */
  readonly holdoutOpportunities: number;
  /** Customers with this pattern, an integer ≥ 0 (default 1). */
  readonly count?: number | undefined;
}

/**
 * {@link BgBbHoldoutPattern}s as columns of equal length (`count` optional).
 *
 * @example
 * ```ts
 * import type { BgBbHoldoutColumns } from "clientele/clv";
 * const columns: BgBbHoldoutColumns = {
 *   frequency: [0, 4], recency: [0, 5], opportunities: [6, 6], holdoutFrequency: [0, 2], holdoutOpportunities: [5, 5],
 * };
 * ```
 * @category Model checking
 */
export interface BgBbHoldoutColumns {
  /** x of each pattern. */
  readonly frequency: ArrayLike<number>;
  /** t_x of each pattern. */
  readonly recency: ArrayLike<number>;
  /** n of each pattern. */
  readonly opportunities: ArrayLike<number>;
  /** x* of each pattern. */
  readonly holdoutFrequency: ArrayLike<number>;
  /** n* of each pattern. */
  readonly holdoutOpportunities: ArrayLike<number>;
  /** Customers per pattern (default 1 each). */
  readonly count?: ArrayLike<number> | undefined;
}

/**
 * BG/BB calibration patterns with their holdout, as the model-checking functions take them for a BG/BB
 * fit: the result of `summarizeOpportunities` made with `holdoutPeriods` (n* = `metadata.holdoutPeriods`
 * for every customer), pattern rows, or columns.
 *
 * @example
 * ```ts
 * import type { BgBbHoldoutData } from "clientele/clv";
 * const data: BgBbHoldoutData = [
 *   { frequency: 6, recency: 6, opportunities: 6, holdoutFrequency: 4, holdoutOpportunities: 5, count: 3 },
 * ];
 * ```
 * @category Model checking
 */
export type BgBbHoldoutData = OpportunitiesSummary | readonly BgBbHoldoutPattern[] | BgBbHoldoutColumns;
