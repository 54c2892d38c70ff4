import * as z from "zod/mini";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { chiSquareSurvival } from "../_internal/chiSquareSurvival.ts";
import type { ModelFit } from "../ModelFit.ts";

/**
 * Options of {@link likelihoodRatioTest}.
 *
 * @example
 * ```ts
 * import type { LikelihoodRatioTestOptions } from "clientele/clv";
 * const options: LikelihoodRatioTestOptions = { df: 1 }; // one parameter fixed in the restricted model
 * ```
 * @category Model checking
 */
export interface LikelihoodRatioTestOptions {
  /** Degrees of freedom: the number of restrictions (an integer ≥ 1; default: parameters of `full` minus parameters of `restricted`). */
  readonly df?: number | undefined;
}

/**
 * The result of {@link likelihoodRatioTest}.
 *
 * @example
 * ```ts
 * import type { LikelihoodRatioTestResult } from "clientele/clv";
 * const r: LikelihoodRatioTestResult = { statistic: 3.84, df: 1, pValue: 0.05 };
 * ```
 * @category Model checking
 */
export interface LikelihoodRatioTestResult {
  /** 2 (ln L_full − ln L_restricted), ≥ 0. */
  readonly statistic: number;
  /** Degrees of freedom used. */
  readonly df: number;
  /** P(χ²_df > statistic): small values reject the restricted model. */
  readonly pValue: number;
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    df: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  }),
);

/**
 * Likelihood-ratio test of a restricted model against a fuller model that contains it (Wilks 1938): the
 * statistic 2 (ln L_full − ln L_restricted) and its asymptotic χ² p-value. Valid **only for nested
 * models** fitted by maximum likelihood to the same customers in the same unit.
 *
 * @remarks
 * Nested means the restricted model is the full model with some parameters fixed (or constrained
 * equal), e.g. a model fitted with a parameter held at a hypothesised value against the same model with it
 * free; `df` is then the number of parameters fixed. BG/NBD, Pareto/NBD and MBG/NBD are **not** nested in
 * one another: compare them with {@link compareFits} (AIC/BIC) and the holdout checks instead. A penalised
 * fit (`penalty > 0`) is not a restricted model either (its log-likelihood is not maximal under any
 * restriction), so this function refuses it. If the restriction puts a parameter on the boundary of its
 * space (e.g. a mixing variance at 0), the null distribution is a mixture of χ² laws and the p-value given
 * here is conservative (too large; Self & Liang 1987). A statistic below 0 by more than 1e-6 relative means
 * the fits are not nested or one did not converge, and throws. The p-value is Q(df/2, statistic/2)
 * (test/clv/_internal/chiSquareSurvival.test.ts).
 *
 * @param restricted - The fit of the restricted (smaller) model.
 * @param full - The fit of the full model.
 * @param options - `df` (default: difference in parameter counts).
 * @returns Statistic, degrees of freedom, p-value.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options or a fit without a finite
 *   `logLikelihood`.
 * @throws {@link ClienteleDomainError} `domain_error` if the fits have different `n` or `unit`, a penalty,
 *   no default df (equal parameter counts and no `df`), or a restricted log-likelihood clearly above the full one.
 * @example
 * ```ts
 * import { likelihoodRatioTest } from "clientele/clv";
 * const base = { unit: "week", n: 2357, penalty: 0 } as const;
 * const test = likelihoodRatioTest(
 *   { ...base, params: { r: 0.25, alpha: 4, a: 1, b: 2.4 }, logLikelihood: -9590 },
 *   { ...base, params: { r: 0.243, alpha: 4.41, a: 0.793, b: 2.43 }, logLikelihood: -9582.4 },
 *   { df: 1 },
 * );
 * test.statistic.toFixed(1); // => "15.2"
 * test.pValue < 0.001; // => true
 * ```
 * @see {@link compareFits}
 * @category Model checking
 */
export function likelihoodRatioTest(
  restricted: Pick<ModelFit<string, object>, "params" | "logLikelihood" | "n" | "unit" | "penalty">,
  full: Pick<ModelFit<string, object>, "params" | "logLikelihood" | "n" | "unit" | "penalty">,
  options?: LikelihoodRatioTestOptions | undefined,
): LikelihoodRatioTestResult {
  const fn = "likelihoodRatioTest";
  const given = parseInput(fn, OptionsSchema, options, ["options"])?.df;
  for (const [name, fit] of [
    ["restricted", restricted],
    ["full", full],
  ] as const) {
    const ll = typeof fit === "object" && fit !== null ? fit.logLikelihood : undefined;
    if (!(typeof ll === "number" && Number.isFinite(ll))) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: [
          {
            code: "invalid_type",
            path: [name, "logLikelihood"],
            message: `expected finite number, received ${describeReceived(ll)}`,
            expected: "finite number",
            received: describeReceived(ll),
          },
        ],
      });
    }
  }
  const domain = (message: string, path: (string | number)[]): ClienteleDomainError =>
    new ClienteleDomainError("domain_error", `${fn}: ${message}`, {
      issues: [{ code: "domain_error", path, message }],
    });
  if (restricted.n !== full.n) {
    throw domain(
      `the fits have different numbers of customers (${describeReceived(restricted.n)} and ${describeReceived(full.n)})`,
      ["full", "n"],
    );
  }
  if (restricted.unit !== full.unit) {
    throw domain(
      `the fits are in different units (${describeReceived(restricted.unit)} and ${describeReceived(full.unit)}), so their log-likelihoods are not comparable`,
      ["full", "unit"],
    );
  }
  for (const [name, fit] of [
    ["restricted", restricted],
    ["full", full],
  ] as const) {
    if (fit.penalty !== 0) {
      throw domain(`the ${name} fit is penalised (penalty ${fit.penalty}); refit it without a penalty`, [
        name,
        "penalty",
      ]);
    }
  }
  const df = given ?? Object.keys(full.params).length - Object.keys(restricted.params).length;
  if (df < 1) {
    throw domain(
      "the fits have the same number of parameters, so df cannot be inferred; give options.df (the number of restrictions)",
      ["options", "df"],
    );
  }
  let statistic = 2 * (full.logLikelihood - restricted.logLikelihood);
  if (statistic < 0) {
    if (-statistic > 2e-6 * Math.max(1, Math.abs(full.logLikelihood))) {
      throw domain(
        `the restricted fit has the higher log-likelihood (${restricted.logLikelihood} > ${full.logLikelihood}): the models are not nested or a fit did not converge`,
        ["restricted", "logLikelihood"],
      );
    }
    statistic = 0;
  }
  return { statistic, df, pValue: chiSquareSurvival(statistic, df) };
}
