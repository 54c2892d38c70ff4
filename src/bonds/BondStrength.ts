import type { BondWeights, PerBondLevel } from "./PerBondLevel.ts";

/**
 * The bond-strength score of a {@link BondProfile} with what it was computed from.
 *
 * @example
 * ```ts
 * import type { BondStrength } from "clientele/bonds";
 * const none: BondStrength = {
 *   score: 0,
 *   byLevel: { financial: 0, social: 0, structural: 0 },
 *   weights: { financial: 1, social: 2, structural: 3 },
 *   saturation: 0.5,
 * };
 * ```
 * @category Bonds
 */
export interface BondStrength {
  /** The score in [0, 1): the sum of `byLevel`. */
  readonly score: number;
  /** Each level's share of the score: wₗ · (1 − (1 − s)^nₗ) / Σ w. */
  readonly byLevel: PerBondLevel<number>;
  /** The weights used (defaults merged with the caller's). */
  readonly weights: BondWeights;
  /** The saturation s used: the share of a level's weight its first active instrument earns. */
  readonly saturation: number;
}
