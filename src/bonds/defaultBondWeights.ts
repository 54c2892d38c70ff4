import type { BondWeights } from "./PerBondLevel.ts";

/**
 * The default weights of the bond-strength score: 1, 2 and 3 for the financial, social and structural
 * levels, the ranks of Berry's "potential for sustained competitive differentiation" (low, medium,
 * high; see {@link bondLevelTable}).
 *
 * @example
 * ```ts
 * import { defaultBondWeights } from "clientele/bonds";
 * defaultBondWeights.structural; // => 3
 * ```
 * @category Bonds
 */
export const defaultBondWeights: BondWeights = /* @__PURE__ */ Object.freeze({
  financial: 1,
  social: 2,
  structural: 3,
});
