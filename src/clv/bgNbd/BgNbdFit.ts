import * as z from "zod/mini";
import { covarianceCheck, modelFitFields } from "../_internal/modelFitFields.ts";
import type { ModelFit } from "../ModelFit.ts";
import { type BgNbdParams, BgNbdParamsSchema } from "./BgNbdParams.ts";

/**
 * A fitted BG/NBD model, as returned by {@link fitBgNbd}: `model: "bg-nbd"`, parameters
 * {@link BgNbdParams} (covariance in the order r, α, a, b) and the fields every {@link ModelFit} has.
 *
 * @example
 * ```ts
 * import { type BgNbdFit, fitBgNbd } from "clientele/clv";
 * const fit: BgNbdFit = fitBgNbd(
 *   [
 *     { customerId: "a", frequency: 2, recency: 30, T: 38 },
 *     { customerId: "b", frequency: 0, recency: 0, T: 38 },
 *     { customerId: "c", frequency: 5, recency: 36, T: 38 },
 *     { customerId: "d", frequency: 1, recency: 4, T: 38 },
 *   ],
 *   { unit: "week", standardErrors: false },
 * );
 * fit.model; // => "bg-nbd"
 * ```
 * @category BG/NBD
 */
export type BgNbdFit = ModelFit<"bg-nbd", BgNbdParams>;

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of a {@link BgNbdFit} read back from JSON: `model` `"bg-nbd"`, `params` as
 * {@link BgNbdParamsSchema}, `standardErrors` null or `{ r, alpha, a, b }` (≥ 0), a 4 × 4 symmetric
 * `covariance` or null, and the other fields of {@link ModelFit} (finite numbers, a known time unit).
 * Unknown top-level keys are dropped. Usually reached through {@link CountModelFitSchema} or
 * {@link parseAnyFit}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { BgNbdFitSchema } from "clientele/clv";
 * const json = '{"model":"bg-nbd","params":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426},"unit":"week",' +
 *   '"logLikelihood":-9582.4,"standardErrors":null,"covariance":null,"converged":true,"iterations":25,' +
 *   '"aic":19172.8,"bic":19195.9,"n":2357,"penalty":0,"warnings":[]}';
 * parseInput("load", BgNbdFitSchema, JSON.parse(json)).params.r; // => 0.243
 * ```
 * @category BG/NBD
 */
export const BgNbdFitSchema = /* @__PURE__ */ z
  .object({
    /** The discriminant, `"bg-nbd"`. */
    model: /* @__PURE__ */ z.literal("bg-nbd"),
    /** r, α, a, b, each > 0. */
    params: BgNbdParamsSchema,
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
