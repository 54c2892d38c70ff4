import * as z from "zod/mini";

/**
 * Parameters of the BG/NBD model (Fader, Hardie & Lee 2005): while alive, a customer buys at rate
 * λ ~ Gamma(shape r, rate α); after each purchase they drop out with probability p ~ Beta(a, b).
 *
 * @remarks
 * All four are > 0. α is a rate parameter in the fit's time unit: a customer's mean purchase rate is
 * r/α per unit, and α scales with the unit (α in days = 7 × α in weeks); r, a and b do not depend on the
 * unit. Mean dropout probability per purchase is a/(a + b).
 *
 * @example
 * ```ts
 * import type { BgNbdParams } from "clientele/clv";
 * // Fader, Hardie & Lee (2005), CDNOW, weeks
 * const params: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * ```
 * @category BG/NBD
 */
export interface BgNbdParams {
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
 * Schema of {@link BgNbdParams}: exactly `r`, `alpha`, `a`, `b`, each a finite number > 0.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { BgNbdParamsSchema } from "clientele/clv";
 * parseInput("f", BgNbdParamsSchema, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).alpha; // => 4.414
 * // parseInput("f", BgNbdParamsSchema, { r: 0, alpha: 4.414, a: 0.793, b: 2.426 }) throws invalid_input:
 * //   ✖ expected number > 0, received 0 → at r
 * ```
 * @category BG/NBD
 */
export const BgNbdParamsSchema: z.ZodMiniType<BgNbdParams, unknown> = /* @__PURE__ */ z.strictObject({
  r: Positive,
  alpha: Positive,
  a: Positive,
  b: Positive,
});
