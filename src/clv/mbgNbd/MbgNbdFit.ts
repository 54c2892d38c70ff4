import * as z from "zod/mini";
import { covarianceCheck, modelFitFields } from "../_internal/modelFitFields.ts";
import type { ModelFit } from "../ModelFit.ts";
import { type MbgNbdParams, MbgNbdParamsSchema } from "./MbgNbdParams.ts";

/**
 * A fitted MBG/NBD model, as returned by {@link fitMbgNbd}: `model: "mbg-nbd"`, parameters
 * {@link MbgNbdParams} (covariance in the order r, α, a, b) and the fields every {@link ModelFit} has.
 *
 * @example
 * ```ts
 * import { type MbgNbdFit, fitMbgNbd } from "clientele/clv";
 * const fit: MbgNbdFit = fitMbgNbd(
 *   { customerId: [1, 2, 3, 4, 5, 6], frequency: [0, 2, 5, 1, 0, 3], recency: [0, 20.3, 35.1, 3.2, 0, 12.6], T: [38.9, 38.9, 38.6, 37.1, 36.4, 36.4] },
 *   { unit: "week", standardErrors: false, allowNonConvergence: true },
 * );
 * fit.model; // => "mbg-nbd"
 * ```
 * @category MBG/NBD
 */
export type MbgNbdFit = ModelFit<"mbg-nbd", MbgNbdParams>;

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of a {@link MbgNbdFit} read back from JSON: `model` `"mbg-nbd"`, `params` as
 * {@link MbgNbdParamsSchema}, `standardErrors` null or `{ r, alpha, a, b }` (≥ 0), a 4 × 4 symmetric
 * `covariance` or null, and the other fields of {@link ModelFit}. Usually reached through
 * {@link CountModelFitSchema} or {@link parseAnyFit}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { MbgNbdFitSchema } from "clientele/clv";
 * const json = '{"model":"mbg-nbd","params":{"r":0.525,"alpha":6.183,"a":0.891,"b":1.614},"unit":"week",' +
 *   '"logLikelihood":-9582.1,"standardErrors":null,"covariance":null,"converged":true,"iterations":25,' +
 *   '"aic":19172.3,"bic":19195.3,"n":2357,"penalty":0,"warnings":[]}';
 * parseInput("load", MbgNbdFitSchema, JSON.parse(json)).params.b; // => 1.614
 * ```
 * @category MBG/NBD
 */
export const MbgNbdFitSchema = /* @__PURE__ */ z
  .object({
    /** The discriminant, `"mbg-nbd"`. */
    model: /* @__PURE__ */ z.literal("mbg-nbd"),
    /** r, α, a, b, each > 0. */
    params: MbgNbdParamsSchema,
    /** Standard errors of r, α, a, b (≥ 0), or null. */
    standardErrors: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.strictObject({
        /** SE of r. */
        r: NonNegative,
        /** SE of α. */
        alpha: NonNegative,
        /** SE of a. */
        a: NonNegative,
        /** SE of b. */
        b: NonNegative,
      }),
    ),
    ...modelFitFields,
  })
  .check(/* @__PURE__ */ covarianceCheck(4));
