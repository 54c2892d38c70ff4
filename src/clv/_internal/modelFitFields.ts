import * as z from "zod/mini";
import { TimeUnitSchema } from "../../time/TimeUnitSchema.ts";
import type { FitWarning } from "../FitWarning.ts";

/**
 * Schema of a fit's `warnings`, typed as {@link FitWarning} (so that the fit schemas' types name it rather
 * than spell out its fields).
 *
 * @internal
 */
const FitWarningsSchema: z.ZodMiniType<FitWarning[], unknown> = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.strictObject({
    code: /* @__PURE__ */ z.enum([
      "not_converged",
      "parameter_at_boundary",
      "standard_errors_unavailable",
      "frequency_spend_correlation",
    ]),
    parameter: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    message: /* @__PURE__ */ z.string(),
  }),
);

/**
 * Schemas of the fields every `ModelFit` shares (all but `model`, `params` and `standardErrors`, which
 * each model's fit schema adds with its own parameter names). Numbers must be finite.
 *
 * @internal
 */
export const modelFitFields = {
  /** Time unit of the data and of every prediction time. */
  unit: TimeUnitSchema,
  /** Total log-likelihood over customers, constants included. */
  logLikelihood: /* @__PURE__ */ z.number(),
  /** Covariance of the estimates (natural scale, order of the params' keys), or null. */
  covariance: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.array(/* @__PURE__ */ z.number()))),
  /** Whether the optimiser met its tolerance. */
  converged: /* @__PURE__ */ z.boolean(),
  /** Optimiser iterations, an integer ≥ 0. */
  iterations: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  /** Akaike information criterion. */
  aic: /* @__PURE__ */ z.number(),
  /** Bayesian information criterion. */
  bic: /* @__PURE__ */ z.number(),
  /** Number of customers, an integer ≥ 1. */
  n: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
  /** L2 penalty used, ≥ 0. */
  penalty: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  /** Warnings: code, parameter (or null) and message ({@link FitWarning}). */
  warnings: FitWarningsSchema,
};

/**
 * The check a fit schema adds across fields: `covariance`, when present, is k × k (k parameters) and
 * symmetric (to 1e-9 of its largest entry), with a non-negative diagonal.
 *
 * @param k - Number of parameters.
 * @returns A zod check on the fit, reporting at `covariance`.
 * @internal
 */
export function covarianceCheck(k: number): z.core.$ZodCheck<{ covariance: number[][] | null }> {
  return z.refine(
    (fit: { covariance: number[][] | null }) => {
      const c = fit.covariance;
      if (c === null) return true;
      if (c.length !== k || c.some((row) => row.length !== k)) return false;
      let largest = 0;
      for (const row of c) for (const v of row) largest = Math.max(largest, Math.abs(v));
      for (let i = 0; i < k; i++) {
        if (!(c[i]![i]! >= 0)) return false;
        for (let j = 0; j < i; j++) if (Math.abs(c[i]![j]! - c[j]![i]!) > 1e-9 * largest) return false;
      }
      return true;
    },
    { message: `expected a symmetric ${k} × ${k} matrix with a non-negative diagonal`, path: ["covariance"] },
  );
}
