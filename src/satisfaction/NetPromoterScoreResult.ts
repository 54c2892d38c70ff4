/**
 * A confidence interval for an index, on the index's own scale, with its level and method.
 *
 * @example
 * ```ts
 * import type { IndexInterval } from "clientele/satisfaction";
 * const ci: IndexInterval = { lower: 12.4, upper: 37.1, level: 0.95, method: "adjusted-wald" };
 * ```
 * @category Indices
 */
export interface IndexInterval {
  /** Lower bound (never below the index's range). */
  readonly lower: number;
  /** Upper bound (never above the index's range). */
  readonly upper: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
  /** How it was computed: `"adjusted-wald"`, `"wald"`, `"wilson"` or `"normal-mean"`. */
  readonly method: "adjusted-wald" | "wald" | "wilson" | "normal-mean";
}

/**
 * What {@link netPromoterScore} returns.
 *
 * @example
 * ```ts
 * import { netPromoterScore, type NetPromoterScoreResult } from "clientele/satisfaction";
 * const r: NetPromoterScoreResult = netPromoterScore([10, 9, 8, 3]);
 * r.score; // => 25
 * ```
 * @category Indices
 */
export interface NetPromoterScoreResult {
  /** 100 × (promoters − detractors) / n, in −100…100. */
  readonly score: number;
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers of 0 to 6. */
  readonly detractors: number;
  /** Answers counted (promoters + passives + detractors). */
  readonly n: number;
  /** Missing answers left out (policy `"skip"`; 0 otherwise). */
  readonly skipped: number;
  /** Confidence interval of `score`, clipped to −100…100. */
  readonly interval: IndexInterval;
}
