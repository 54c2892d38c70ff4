import * as z from "zod/mini";
import { covarianceCheck, modelFitFields } from "../_internal/modelFitFields.ts";
import type { ModelFit } from "../ModelFit.ts";
import { type GammaGammaParams, GammaGammaParamsSchema } from "./GammaGammaParams.ts";

/**
 * A fitted Gamma-Gamma spend model, as returned by {@link fitGammaGamma}: the fields of every
 * {@link ModelFit} except `unit` (spend has no time unit), plus what the spend fit reports about its data.
 *
 * @remarks
 * - `n` is the number of repeat customers fitted (frequency > 0); `excludedNonRepeaters` the customers
 *   with frequency 0, which carry no information on spend beyond the first purchase and are left out of
 *   the likelihood (counted here, never dropped silently).
 * - `frequencyMonetaryCorrelation` is the Pearson correlation between `frequency` and `monetaryValue` over
 *   the fitted customers: the model assumes spend is independent of purchase frequency, and a warning is
 *   added when |ρ| > {@link frequencyMonetaryCorrelationThreshold} (0.3). It is `null` when it is undefined
 *   (fewer than two customers, or no variation in one of the columns).
 * - The covariance is in the order p, q, γ.
 *
 * @example
 * ```ts
 * import { fitGammaGamma, type GammaGammaFit } from "clientele/clv";
 * const fit: GammaGammaFit = fitGammaGamma(
 *   { frequency: [2, 1, 0, 4, 1, 3], monetaryValue: [22.35, 11.77, 0, 35.1, 18.2, 26] },
 *   { standardErrors: false, allowNonConvergence: true },
 * );
 * fit.model; // => "gamma-gamma"
 * fit.excludedNonRepeaters; // => 1
 * ```
 * @category Gamma-Gamma
 */
export interface GammaGammaFit extends Omit<ModelFit<"gamma-gamma", GammaGammaParams>, "unit"> {
  /** Customers with frequency 0: counted, not fitted (`n` counts the fitted repeat customers). */
  readonly excludedNonRepeaters: number;
  /** Pearson correlation of frequency and monetary value over the fitted customers, or `null` if undefined. */
  readonly frequencyMonetaryCorrelation: number | null;
}

/**
 * The |ρ| above which {@link fitGammaGamma} warns that frequency and monetary value are correlated
 * (the Gamma-Gamma model assumes they are independent): 0.3.
 *
 * @example
 * ```ts
 * import { frequencyMonetaryCorrelationThreshold } from "clientele/clv";
 * frequencyMonetaryCorrelationThreshold; // => 0.3
 * ```
 * @category Gamma-Gamma
 */
export const frequencyMonetaryCorrelationThreshold = 0.3;

/**
 * What {@link expectedAverageSpend} needs of a fitted spend model: the model and its parameters. Every
 * {@link GammaGammaFit} is one; so is a plain `{ model: "gamma-gamma", params }` with published values.
 *
 * @example
 * ```ts
 * import type { SpendModel } from "clientele/clv";
 * const published: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };
 * ```
 * @category Gamma-Gamma
 */
export type SpendModel = Pick<GammaGammaFit, "model" | "params">;

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of a {@link GammaGammaFit} read back from JSON: `model` `"gamma-gamma"`, `params` as
 * {@link GammaGammaParamsSchema}, `standardErrors` null or `{ p, q, gamma }` (≥ 0), a 3 × 3 symmetric
 * `covariance` or null, `excludedNonRepeaters` an integer ≥ 0, `frequencyMonetaryCorrelation` in [−1, 1]
 * or null, and the other fields of {@link ModelFit} except `unit`. Unknown top-level keys are dropped.
 * Usually reached through {@link parseAnyFit}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { GammaGammaFitSchema } from "clientele/clv";
 * const json = '{"model":"gamma-gamma","params":{"p":6.25,"q":3.74,"gamma":15.44},"logLikelihood":-4055.9,' +
 *   '"standardErrors":null,"covariance":null,"converged":true,"iterations":12,"aic":8117.8,"bic":8132.4,' +
 *   '"n":946,"penalty":0,"warnings":[],"excludedNonRepeaters":1411,"frequencyMonetaryCorrelation":0.11}';
 * parseInput("load", GammaGammaFitSchema, JSON.parse(json)).params.q; // => 3.74
 * ```
 * @category Gamma-Gamma
 */
export const GammaGammaFitSchema: z.ZodMiniType<GammaGammaFit, unknown> = /* @__PURE__ */ z
  .object({
    /** The discriminant, `"gamma-gamma"`. */
    model: /* @__PURE__ */ z.literal("gamma-gamma"),
    /** p, q, γ, each > 0. */
    params: GammaGammaParamsSchema,
    /** Standard errors of p, q, γ (≥ 0), or null. */
    standardErrors: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.strictObject({
        /** SE of p. */
        p: NonNegative,
        /** SE of q. */
        q: NonNegative,
        /** SE of γ. */
        gamma: NonNegative,
      }),
    ),
    logLikelihood: modelFitFields.logLikelihood,
    covariance: modelFitFields.covariance,
    converged: modelFitFields.converged,
    iterations: modelFitFields.iterations,
    aic: modelFitFields.aic,
    bic: modelFitFields.bic,
    n: modelFitFields.n,
    penalty: modelFitFields.penalty,
    warnings: modelFitFields.warnings,
    /** Customers with frequency 0, an integer ≥ 0. */
    excludedNonRepeaters: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
    /** Pearson ρ in [−1, 1], or null. */
    frequencyMonetaryCorrelation: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(-1), /* @__PURE__ */ z.lte(1)),
    ),
  })
  .check(/* @__PURE__ */ covarianceCheck(3));
