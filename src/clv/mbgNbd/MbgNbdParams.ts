import * as z from "zod/mini";

/**
 * Parameters of the MBG/NBD model (Batislam, Denizel & Filiztekin 2007): while alive, a customer buys at
 * rate λ ~ Gamma(shape r, rate α); at time 0 and after each purchase they drop out with probability
 * p ~ Beta(a, b).
 *
 * @remarks
 * All four are > 0. α is a rate parameter in the fit's time unit (α in days = 7 × α in weeks); r, a, b do
 * not depend on the unit.
 *
 * @example
 * ```ts
 * import type { MbgNbdParams } from "clientele/clv";
 * // lifetimes' ModifiedBetaGeoFitter on CDNOW, weeks
 * const params: MbgNbdParams = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * ```
 * @category MBG/NBD
 */
export interface MbgNbdParams {
  /** Shape r of the gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate α of the gamma distribution of purchase rates, per time unit of the fit. */
  readonly alpha: number;
  /** First shape a of the beta distribution of dropout probabilities. */
  readonly a: number;
  /** Second shape b of the beta distribution of dropout probabilities. */
  readonly b: number;
}

const Positive = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

/**
 * Schema of {@link MbgNbdParams}: exactly `r`, `alpha`, `a`, `b`, each a finite number > 0.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { MbgNbdParamsSchema } from "clientele/clv";
 * parseInput("f", MbgNbdParamsSchema, { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }).b; // => 1.614
 * ```
 * @category MBG/NBD
 */
export const MbgNbdParamsSchema: z.ZodMiniType<MbgNbdParams, unknown> = /* @__PURE__ */ z.strictObject({
  r: Positive,
  alpha: Positive,
  a: Positive,
  b: Positive,
});
