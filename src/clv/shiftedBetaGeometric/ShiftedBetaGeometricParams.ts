import * as z from "zod/mini";

/**
 * Parameters of the shifted-beta-geometric (sBG) model (Fader & Hardie 2007): each customer renews at the
 * end of every period with probability 1 − θ, and the churn probabilities θ differ between customers as
 * θ ~ Beta(α, β).
 *
 * @remarks
 * Both are > 0 and do not depend on the time unit's size (they describe renewal decisions, one per
 * period), but the period itself is the fit's `unit`. The mean churn probability of a new customer is
 * α/(α + β) (one minus the first retention rate); α + β measures how alike customers are (large: nearly
 * the same θ for everyone, retention rates almost flat; small: very different customers, retention rates
 * rising fast with tenure).
 *
 * @example
 * ```ts
 * import type { ShiftedBetaGeometricParams } from "clientele/clv";
 * // Fader & Hardie (2007), "regular" cohort, years
 * const params: ShiftedBetaGeometricParams = { alpha: 0.704, beta: 1.182 };
 * ```
 * @category sBG
 */
export interface ShiftedBetaGeometricParams {
  /** First shape α of the beta distribution of churn probabilities θ. */
  readonly alpha: number;
  /** Second shape β of the beta distribution of churn probabilities θ. */
  readonly beta: number;
}

const Positive = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

/**
 * Schema of {@link ShiftedBetaGeometricParams}: exactly `alpha` and `beta`, each a finite number > 0.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ShiftedBetaGeometricParamsSchema } from "clientele/clv";
 * parseInput("f", ShiftedBetaGeometricParamsSchema, { alpha: 0.704, beta: 1.182 }).beta; // => 1.182
 * // parseInput("f", ShiftedBetaGeometricParamsSchema, { alpha: 0, beta: 1 }) throws invalid_input:
 * //   ✖ expected number > 0, received 0 → at alpha
 * ```
 * @category sBG
 */
export const ShiftedBetaGeometricParamsSchema: z.ZodMiniType<ShiftedBetaGeometricParams, unknown> =
  /* @__PURE__ */ z.strictObject({
    alpha: Positive,
    beta: Positive,
  });
