/**
 * One number per bond level (counts of instruments, weights, or strength contributions).
 *
 * @example
 * ```ts
 * import type { PerBondLevel } from "clientele/bonds";
 * const counts: PerBondLevel<number> = { financial: 2, social: 1, structural: 0 };
 * ```
 * @category Bonds
 */
export interface PerBondLevel<T> {
  /** Level 1, financial bonds. */
  readonly financial: T;
  /** Level 2, social bonds. */
  readonly social: T;
  /** Level 3, structural bonds. */
  readonly structural: T;
}

/**
 * The weights of the bond-strength score, one per level, each finite and ≥ 0, not all zero (see
 * {@link bondProfile}).
 *
 * @example
 * ```ts
 * import type { BondWeights } from "clientele/bonds";
 * const onlyStructural: BondWeights = { financial: 0, social: 0, structural: 1 };
 * ```
 * @category Bonds
 */
export type BondWeights = PerBondLevel<number>;
