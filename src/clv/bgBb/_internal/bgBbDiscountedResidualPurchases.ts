// BG/BB discounted expected residual transactions (DERT) of a customer with pattern (x, t_x, n) (Fader,
// Hardie & Shang 2010, eq. 14): the expected transactions at opportunities n + 1, n + 2, …, the one at n + k
// discounted by 1/(1 + d)^k, d per opportunity period (transactions at the end of each period):
//   DERT(d | x, t_x, n) = B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/(B(γ,δ)(1+d))
//                         · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L(α,β,γ,δ | x, t_x, n),
// in log space; ₂F₁ depends on n only and is evaluated once per distinct n in a call.
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import { logHyp2f1Unchecked } from "../../../_lib/logHyp2f1Unchecked.ts";
import type { PatternKernel } from "../../_internal/mapPatterns.ts";
import type { BgBbParams } from "../BgBbParams.ts";
import { bgBbLogLikelihoodScaled } from "./bgBbLogLikelihood.ts";

/**
 * The BG/BB DERT kernel for given parameters and discount rate d per opportunity period (see the header).
 * NaN where ₂F₁ cannot be evaluated or the value overflows (d too small).
 *
 * @param params - α, β, γ, δ.
 * @param d - Discount rate per opportunity period, > 0.
 * @returns (x, t_x, n) ↦ DERT.
 * @internal
 */
export function bgBbDiscountedResidualPurchases(params: BgBbParams, d: number): PatternKernel {
  const { alpha, beta, gamma, delta } = params;
  // B(α, β) B(γ, δ) cancels between the numerator and L, so neither side carries it.
  const base = Math.log1p(d);
  const hypergeometric = new Map<number, number>();
  return (x, tx, n) => {
    let log2f1 = hypergeometric.get(n);
    if (log2f1 === undefined) {
      log2f1 = logHyp2f1Unchecked(1, delta + n + 1, gamma + delta + n + 1, 1 / (1 + d), undefined, d / (1 + d));
      hypergeometric.set(n, log2f1);
    }
    const logValue =
      logBetaUnchecked(alpha + x + 1, beta + (n - x)) +
      logBetaUnchecked(gamma, delta + n + 1) -
      base +
      log2f1 -
      bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n);
    return Math.exp(logValue);
  };
}
