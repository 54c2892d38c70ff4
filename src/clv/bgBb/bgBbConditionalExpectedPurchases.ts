import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import type { BgBbPattern, BgBbPatternColumns } from "../../rfm/BgBbData.ts";
import { mapPatterns, type PatternKernel } from "../_internal/mapPatterns.ts";
import { bgBbLogLikelihoodScaled } from "./_internal/bgBbLogLikelihood.ts";
import { bgBbSurvivalSum } from "./_internal/bgBbSurvivalSum.ts";
import { checkBgBbModel, checkOpportunityCount } from "./_internal/checkBgBbModel.ts";
import type { BgBbModel } from "./BgBbModel.ts";
import type { BgBbParams } from "./BgBbParams.ts";

/**
 * The expected number of transactions of a customer with pattern (x, t_x, n) over the next n* opportunities,
 * n + 1 … n + n*, under a fitted BG/BB model: E[X(n, n+n*) | x, t_x, n] (Fader, Hardie & Shang 2010, eq. 13).
 *
 * @remarks
 * E = B(α+x+1, β+n−x)/B(α,β) / L · Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ,δ), the sum of eq. 13's closed form taken
 * term by term (recurrence B(γ, δ+t+1) = B(γ, δ+t)·(δ+t)/(γ+δ+t)), so γ = 1 needs no special case. O(n*)
 * per distinct n. The same as {@link conditionalExpectedPurchases} given a BG/BB fit.
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param nStar - Number of future opportunities, an integer in [0, 10⁷].
 * @param customer - `{ frequency, recency, opportunities }`, or columns of them.
 * @returns The expectation, ≥ 0 (0 for n* = 0), at most n*: a number, or a `Float64Array` for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, n* or pattern (with its path).
 * @example
 * ```ts
 * import { bgBbConditionalExpectedPurchases } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbConditionalExpectedPurchases(fit, 5, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(2); // => "3.75"
 * bgBbConditionalExpectedPurchases(fit, 5, { frequency: 0, recency: 0, opportunities: 6 }).toFixed(3); // => "0.073"
 * ```
 * @category BG/BB
 */
export function bgBbConditionalExpectedPurchases(fit: BgBbModel, nStar: number, customer: BgBbPattern): number;
export function bgBbConditionalExpectedPurchases(
  fit: BgBbModel,
  nStar: number,
  customers: BgBbPatternColumns,
): Float64Array;
export function bgBbConditionalExpectedPurchases(
  fit: BgBbModel,
  nStar: number,
  customer: BgBbPattern | BgBbPatternColumns,
): number | Float64Array {
  const fn = "bgBbConditionalExpectedPurchases";
  const params = checkBgBbModel(fn, fit);
  const horizon = checkOpportunityCount(fn, nStar, ["nStar"]);
  return mapPatterns(fn, customer, bgBbConditionalExpectedPurchasesKernel(params, horizon), false);
}

/**
 * The BG/BB E[X(n, n + n*) | x, t_x, n] kernel for given parameters and n* (see
 * {@link bgBbConditionalExpectedPurchases}). The O(n*) survival sum depends on n only and is computed once
 * per distinct n in a call.
 *
 * @param params - α, β, γ, δ.
 * @param nStar - Future opportunities, an integer ≥ 0.
 * @returns (x, t_x, n) ↦ the expectation, in [0, n*].
 * @internal
 */
export function bgBbConditionalExpectedPurchasesKernel(params: BgBbParams, nStar: number): PatternKernel {
  const { alpha, beta, gamma, delta } = params;
  if (nStar === 0) return () => 0;
  // B(α, β) B(γ, δ) cancels between the numerator and L, so neither side carries it.
  const survival = new Map<number, number>();
  return (x, tx, n) => {
    let sum = survival.get(n);
    if (sum === undefined) {
      sum = bgBbSurvivalSum(gamma, delta, n + 1, nStar);
      survival.set(n, sum);
    }
    const logTerm =
      logBetaUnchecked(alpha + x + 1, beta + n - x) +
      logBetaUnchecked(gamma, delta + n + 1) -
      bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n);
    return Math.min(nStar, Math.exp(logTerm) * sum);
  };
}
