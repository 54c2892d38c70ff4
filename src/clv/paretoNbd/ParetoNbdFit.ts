import * as z from "zod/mini";
import { covarianceCheck, modelFitFields } from "../_internal/modelFitFields.ts";
import type { ModelFit } from "../ModelFit.ts";
import { type ParetoNbdParams, ParetoNbdParamsSchema } from "./ParetoNbdParams.ts";

/**
 * A fitted Pareto/NBD model, as returned by {@link fitParetoNbd}: `model: "pareto-nbd"`, parameters
 * {@link ParetoNbdParams} (covariance in the order r, α, s, β) and the fields every {@link ModelFit} has.
 *
 * @example
 * ```ts
 * import { type ParetoNbdFit, fitParetoNbd } from "clientele/clv";
 * const fit: ParetoNbdFit = fitParetoNbd(
 *   { customerId: [1, 2, 3, 4, 5, 6], frequency: [0, 2, 5, 1, 0, 3], recency: [0, 20.3, 35.1, 3.2, 0, 12.6], T: [38.9, 38.9, 38.6, 37.1, 36.4, 36.4] },
 *   { unit: "week", standardErrors: false, allowNonConvergence: true },
 * );
 * fit.model; // => "pareto-nbd"
 * ```
 * @category Pareto/NBD
 */
export type ParetoNbdFit = ModelFit<"pareto-nbd", ParetoNbdParams>;

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of a {@link ParetoNbdFit} read back from JSON: `model` `"pareto-nbd"`, `params` as
 * {@link ParetoNbdParamsSchema}, `standardErrors` null or `{ r, alpha, s, beta }` (≥ 0), a 4 × 4 symmetric
 * `covariance` or null, and the other fields of {@link ModelFit}. Usually reached through
 * {@link CountModelFitSchema} or {@link parseAnyFit}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ParetoNbdFitSchema } from "clientele/clv";
 * const json = '{"model":"pareto-nbd","params":{"r":0.553,"alpha":10.578,"s":0.606,"beta":11.669},"unit":"week",' +
 *   '"logLikelihood":-9595,"standardErrors":null,"covariance":null,"converged":true,"iterations":25,' +
 *   '"aic":19198,"bic":19221.1,"n":2357,"penalty":0,"warnings":[]}';
 * parseInput("load", ParetoNbdFitSchema, JSON.parse(json)).params.s; // => 0.606
 * ```
 * @category Pareto/NBD
 */
export const ParetoNbdFitSchema = /* @__PURE__ */ z
  .object({
    /** The discriminant, `"pareto-nbd"`. */
    model: /* @__PURE__ */ z.literal("pareto-nbd"),
    /** r, α, s, β, each > 0. */
    params: ParetoNbdParamsSchema,
    /** Standard errors of r, α, s, β (≥ 0), or null. */
    standardErrors: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.strictObject({
        /** SE of r. */
        r: NonNegative,
        /** SE of α. */
        alpha: NonNegative,
        /** SE of s. */
        s: NonNegative,
        /** SE of β. */
        beta: NonNegative,
      }),
    ),
    ...modelFitFields,
  })
  .check(/* @__PURE__ */ covarianceCheck(4));
