import * as z from "zod/mini";
import { covarianceCheck, modelFitFields } from "../_internal/modelFitFields.ts";
import type { ModelFit } from "../ModelFit.ts";
import { type ShiftedBetaGeometricParams, ShiftedBetaGeometricParamsSchema } from "./ShiftedBetaGeometricParams.ts";

/**
 * A fitted shifted-beta-geometric (sBG) retention model, as returned by {@link fitShiftedBetaGeometric}:
 * `model: "shifted-beta-geometric"`, parameters {@link ShiftedBetaGeometricParams} (covariance in the
 * order α, β), `unit` the length of one contract period, and the fields every {@link ModelFit} has
 * (`n` is the number of customers; `logLikelihood` the total over customers).
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, type ShiftedBetaGeometricFit } from "clientele/clv";
 * const fit: ShiftedBetaGeometricFit = fitShiftedBetaGeometric(
 *   { survivors: [1000, 631, 468, 382, 326, 289, 262, 241] },
 *   { unit: "year" },
 * );
 * fit.model; // => "shifted-beta-geometric"
 * fit.params.alpha.toFixed(3); // => "0.704"
 * ```
 * @category sBG
 */
export type ShiftedBetaGeometricFit = ModelFit<"shifted-beta-geometric", ShiftedBetaGeometricParams>;

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of a {@link ShiftedBetaGeometricFit} read back from JSON: `model` `"shifted-beta-geometric"`,
 * `params` as {@link ShiftedBetaGeometricParamsSchema}, `standardErrors` null or `{ alpha, beta }` (≥ 0),
 * a 2 × 2 symmetric `covariance` or null, and the other fields of {@link ModelFit} (finite numbers, a
 * known time unit). Unknown top-level keys are dropped. Usually reached through {@link parseAnyFit}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ShiftedBetaGeometricFitSchema } from "clientele/clv";
 * const json = '{"model":"shifted-beta-geometric","params":{"alpha":0.704,"beta":1.182},"unit":"year",' +
 *   '"logLikelihood":-1680.27,"standardErrors":null,"covariance":null,"converged":true,"iterations":9,' +
 *   '"aic":3364.54,"bic":3374.35,"n":1000,"penalty":0,"warnings":[]}';
 * parseInput("load", ShiftedBetaGeometricFitSchema, JSON.parse(json)).params.beta; // => 1.182
 * ```
 * @category sBG
 */
export const ShiftedBetaGeometricFitSchema = /* @__PURE__ */ z
  .object({
    /** The discriminant, `"shifted-beta-geometric"`. */
    model: /* @__PURE__ */ z.literal("shifted-beta-geometric"),
    /** α and β, each > 0. */
    params: ShiftedBetaGeometricParamsSchema,
    /** Standard errors of α and β (≥ 0), or null. */
    standardErrors: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.strictObject({
        /** SE of α. */
        alpha: NonNegative,
        /** SE of β. */
        beta: NonNegative,
      }),
    ),
    ...modelFitFields,
  })
  .check(/* @__PURE__ */ covarianceCheck(2));
