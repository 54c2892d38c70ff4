// BG/BB expected number of transactions of a customer with pattern (x, t_x, n) over the next n*
// opportunities, n + 1 … n + n* (Fader, Hardie & Shang 2010, eq. 13):
//   E[X(n, n+n*) | x, t_x, n] = B(α+x+1, β+n−x)/B(α,β) / L · Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ,δ),
// the sum of eq. 13's closed form taken term by term (recurrence B(γ, δ+t+1) = B(γ, δ+t)·(δ+t)/(γ+δ+t)), so
// γ = 1, where the closed form divides by γ − 1, needs no special case. At x = t_x = n = 0 it is E[X(n*)] of a
// new customer (eq. 7), α/(α+β) · Σ_{t=1}^{n*} B(γ, δ+t)/B(γ,δ). O(n*) per distinct n.
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import type { PatternKernel } from "../../_internal/mapPatterns.ts";
import type { BgBbParams } from "../BgBbParams.ts";
import { bgBbLogLikelihoodScaled } from "./bgBbLogLikelihood.ts";
import { bgBbSurvivalSum } from "./bgBbSurvivalSum.ts";

/**
 * The BG/BB E[X(n, n + n*) | x, t_x, n] kernel for given parameters and n* (see the header). The O(n*)
 * survival sum depends on n only and is computed once per distinct n in a call.
 *
 * @param params - α, β, γ, δ.
 * @param nStar - Future opportunities, an integer ≥ 0.
 * @returns (x, t_x, n) ↦ the expectation, in [0, n*].
 * @internal
 */
export function bgBbConditionalExpectedPurchases(params: BgBbParams, nStar: number): PatternKernel {
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
      logBetaUnchecked(alpha + x + 1, beta + (n - x)) +
      logBetaUnchecked(gamma, delta + n + 1) -
      bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n);
    return Math.min(nStar, Math.exp(logTerm) * sum);
  };
}
