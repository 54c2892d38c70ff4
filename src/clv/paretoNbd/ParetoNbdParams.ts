import * as z from "zod/mini";

/**
 * Parameters of the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while alive, a customer buys
 * at rate λ ~ Gamma(shape r, rate α); their lifetime is exponential with rate μ ~ Gamma(shape s, rate β).
 *
 * @remarks
 * All four are > 0. α and β are rate parameters in the fit's time unit (they scale with the unit: α in days
 * = 7 × α in weeks); r and s do not depend on the unit. Mean purchase rate r/α per unit; mean dropout rate
 * s/β per unit.
 *
 * @example
 * ```ts
 * import type { ParetoNbdParams } from "clientele/clv";
 * // Fader, Hardie & Lee (2005), CDNOW, weeks
 * const params: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * ```
 * @category Pareto/NBD
 */
export interface ParetoNbdParams {
  /** Shape r of the gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate α of the gamma distribution of purchase rates, per time unit of the fit. */
  readonly alpha: number;
  /** Shape s of the gamma distribution of dropout rates. */
  readonly s: number;
  /** Rate β of the gamma distribution of dropout rates, per time unit of the fit. */
  readonly beta: number;
}

const Positive = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

/**
 * Schema of {@link ParetoNbdParams}: exactly `r`, `alpha`, `s`, `beta`, each a finite number > 0.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ParetoNbdParamsSchema } from "clientele/clv";
 * parseInput("f", ParetoNbdParamsSchema, { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }).s; // => 0.606
 * ```
 * @category Pareto/NBD
 */
export const ParetoNbdParamsSchema: z.ZodMiniType<ParetoNbdParams, unknown> = /* @__PURE__ */ z.strictObject({
  r: Positive,
  alpha: Positive,
  s: Positive,
  beta: Positive,
});
