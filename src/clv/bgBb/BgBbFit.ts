import * as z from "zod/mini";
import { covarianceCheck, modelFitFields } from "../_internal/modelFitFields.ts";
import type { ModelFit } from "../ModelFit.ts";
import { type BgBbParams, BgBbParamsSchema } from "./BgBbParams.ts";

/**
 * A fitted BG/BB model, as returned by {@link fitBgBb}: `model: "bg-bb"`, parameters {@link BgBbParams}
 * (covariance in the order α, β, γ, δ), `unit` the length of one transaction opportunity, and the fields
 * every {@link ModelFit} has.
 *
 * @example
 * ```ts
 * import { type BgBbFit, fitBgBb } from "clientele/clv";
 * const fit: BgBbFit = fitBgBb(
 *   [
 *     { frequency: 0, recency: 0, opportunities: 6, count: 30 },
 *     { frequency: 2, recency: 4, opportunities: 6, count: 20 },
 *     { frequency: 6, recency: 6, opportunities: 6, count: 10 },
 *   ],
 *   { unit: "year", standardErrors: false },
 * );
 * fit.model; // => "bg-bb"
 * ```
 * @category BG/BB
 */
export type BgBbFit = ModelFit<"bg-bb", BgBbParams>;

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of a {@link BgBbFit} read back from JSON: `model` `"bg-bb"`, `params` as {@link BgBbParamsSchema},
 * `standardErrors` null or `{ alpha, beta, gamma, delta }` (≥ 0), a 4 × 4 symmetric `covariance` or null,
 * and the other fields of {@link ModelFit}. Unknown top-level keys are dropped. Usually reached through
 * {@link parseAnyFit}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { BgBbFitSchema } from "clientele/clv";
 * const json = '{"model":"bg-bb","params":{"alpha":1.204,"beta":0.75,"gamma":0.657,"delta":2.783},"unit":"year",' +
 *   '"logLikelihood":-33225.6,"standardErrors":null,"covariance":null,"converged":true,"iterations":20,' +
 *   '"aic":66459.2,"bic":66488.5,"n":11104,"penalty":0,"warnings":[]}';
 * parseInput("load", BgBbFitSchema, JSON.parse(json)).params.gamma; // => 0.657
 * ```
 * @category BG/BB
 */
export const BgBbFitSchema = /* @__PURE__ */ z
  .object({
    /** The discriminant, `"bg-bb"`. */
    model: /* @__PURE__ */ z.literal("bg-bb"),
    /** α, β, γ, δ, each > 0. */
    params: BgBbParamsSchema,
    /** Standard errors of α, β, γ, δ (≥ 0), or null. */
    standardErrors: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.strictObject({
        /** SE of α. */
        alpha: NonNegative,
        /** SE of β. */
        beta: NonNegative,
        /** SE of γ. */
        gamma: NonNegative,
        /** SE of δ. */
        delta: NonNegative,
      }),
    ),
    ...modelFitFields,
  })
  .check(/* @__PURE__ */ covarianceCheck(4));
