/**
 * One customer, or one group of identical customers, for the BG/BB model: over `opportunities` discrete
 * transaction opportunities (n) after their first purchase, they transacted at `frequency` (x) of them,
 * the last at opportunity `recency` (t_x, 0 when x = 0). `count` customers share the pattern (default 1).
 *
 * @example
 * ```ts
 * import type { BgBbPattern } from "clientele/rfm";
 * // 1,203 donors gave in each of the 6 years 1996–2001 (Fader, Hardie & Shang 2010)
 * const row: BgBbPattern = { frequency: 6, recency: 6, opportunities: 6, count: 1203 };
 * ```
 * @category RFM
 */
export interface BgBbPattern {
  /** x: number of opportunities with a transaction, an integer in [0, recency]. */
  readonly frequency: number;
  /** t_x: the opportunity of the last transaction, an integer in [0, opportunities]; 0 iff x = 0. */
  readonly recency: number;
  /** n: number of opportunities observed, an integer ≥ 0. */
  readonly opportunities: number;
  /** Number of customers with this pattern, an integer ≥ 0 (default 1). */
  readonly count?: number | undefined;
}

/**
 * {@link BgBbPattern}s as columns of equal length (`count` optional).
 *
 * @example
 * ```ts
 * import type { BgBbPatternColumns } from "clientele/rfm";
 * const columns: BgBbPatternColumns = { frequency: [0, 3], recency: [0, 5], opportunities: [6, 6], count: [40, 12] };
 * ```
 * @category RFM
 */
export interface BgBbPatternColumns {
  /** x of each pattern. */
  readonly frequency: ArrayLike<number>;
  /** t_x of each pattern. */
  readonly recency: ArrayLike<number>;
  /** n of each pattern. */
  readonly opportunities: ArrayLike<number>;
  /** Customers per pattern (default 1 each). */
  readonly count?: ArrayLike<number> | undefined;
}

/**
 * What {@link fitBgBb} accepts: pattern rows (or plain per-customer rows) or columns.
 *
 * @example
 * ```ts
 * import type { BgBbData } from "clientele/rfm";
 * const data: BgBbData = [{ frequency: 2, recency: 5, opportunities: 6 }, { frequency: 0, recency: 0, opportunities: 6 }];
 * ```
 * @category RFM
 */
export type BgBbData = readonly BgBbPattern[] | BgBbPatternColumns;
