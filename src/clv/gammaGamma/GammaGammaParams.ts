import * as z from "zod/mini";

/**
 * Parameters of the Gamma-Gamma spend model (Colombo & Jiang 1999; Fader, Hardie & Lee 2005, "RFM and
 * CLV"): each transaction value of a customer is Gamma(shape p, rate ν), and ν varies across customers
 * as Gamma(shape q, rate γ).
 *
 * @remarks
 * All three are > 0. A customer's mean transaction value is p/ν; across customers its mean is
 * E[Z] = pγ/(q − 1), finite only for q > 1. γ is in money units (the currency of the values); p and q
 * have no unit. The model has no time unit.
 *
 * @example
 * ```ts
 * import type { GammaGammaParams } from "clientele/clv";
 * // Fader, Hardie & Lee (2005), CDNOW repeat buyers
 * const params: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
 * ```
 * @category Gamma-Gamma
 */
export interface GammaGammaParams {
  /** Shape p of each customer's gamma distribution of transaction values. */
  readonly p: number;
  /** Shape q of the gamma distribution of the customers' rates ν. */
  readonly q: number;
  /** Rate γ of the gamma distribution of the customers' rates ν (in units of money). */
  readonly gamma: number;
}

const Positive = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

/**
 * Schema of {@link GammaGammaParams}: exactly `p`, `q`, `gamma`, each a finite number > 0.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { GammaGammaParamsSchema } from "clientele/clv";
 * parseInput("f", GammaGammaParamsSchema, { p: 6.25, q: 3.74, gamma: 15.44 }).q; // => 3.74
 * // parseInput("f", GammaGammaParamsSchema, { p: 0, q: 3.74, gamma: 15.44 }) throws invalid_input:
 * //   ✖ expected number > 0, received 0 → at p
 * ```
 * @category Gamma-Gamma
 */
export const GammaGammaParamsSchema: z.ZodMiniType<GammaGammaParams, unknown> = /* @__PURE__ */ z.strictObject({
  p: Positive,
  q: Positive,
  gamma: Positive,
});
