/**
 * How likely a customer is to switch, from the findings of the switching-risk rules: `"low"`,
 * `"medium"` or `"high"` (see {@link SwitchingRiskLevels} for the mapping).
 *
 * @example
 * ```ts
 * import type { SwitchingRiskLevel } from "clientele/retention";
 * const level: SwitchingRiskLevel = "high";
 * ```
 * @category Switching risk
 */
export type SwitchingRiskLevel = "low" | "medium" | "high";

/**
 * The score thresholds of the risk levels. The score adds, for every rule that fired (counted once
 * however many findings it gave), the weight of its severity: `info` 0, `warn` 1, `correct` 2,
 * `terminate` 3 (`error` findings, a broken rule, count 0). `score ≥ high` is `"high"`, else
 * `score ≥ medium` is `"medium"`, else `"low"`. Defaults `{ medium: 1, high: 3 }`: one warning sign is
 * medium; three, or an open complaint with one more sign, are high.
 *
 * @example
 * ```ts
 * import type { SwitchingRiskLevels } from "clientele/retention";
 * const cautious: SwitchingRiskLevels = { medium: 1, high: 2 };
 * ```
 * @category Switching risk
 */
export interface SwitchingRiskLevels {
  /** The lowest score that is `"medium"` (finite, > 0). */
  readonly medium: number;
  /** The lowest score that is `"high"` (finite, ≥ `medium`). */
  readonly high: number;
}

/**
 * The default {@link SwitchingRiskLevels}: `{ medium: 1, high: 3 }`.
 *
 * @example
 * ```ts
 * import { defaultSwitchingRiskLevels } from "clientele/retention";
 * defaultSwitchingRiskLevels.high; // => 3
 * ```
 * @category Switching risk
 */
export const defaultSwitchingRiskLevels: SwitchingRiskLevels = /* @__PURE__ */ Object.freeze({ medium: 1, high: 3 });
