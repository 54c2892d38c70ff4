// BG/BB probability that a customer with pattern (x, t_x, n) is alive at opportunity n + 1 (Fader, Hardie &
// Shang 2010, eq. 11):
//   P(alive at n+1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(α,β,γ,δ | x, t_x, n),
// in log space. A customer who transacted at the last opportunity (t_x = n) is alive at n and so gets the
// posterior retention probability E[1 − θ | …]; the value falls as the last transaction recedes.
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import type { PatternKernel } from "../../_internal/mapPatterns.ts";
import type { BgBbParams } from "../BgBbParams.ts";
import { bgBbLogLikelihoodScaled } from "./bgBbLogLikelihood.ts";

/**
 * The BG/BB P(alive at n + 1 | x, t_x, n) kernel for given parameters (see the header).
 *
 * @param params - α, β, γ, δ.
 * @returns (x, t_x, n) ↦ P(alive).
 * @internal
 */
export function bgBbProbabilityAlive(params: BgBbParams): PatternKernel {
  const { alpha, beta, gamma, delta } = params;
  // B(α, β) B(γ, δ) cancels between the numerator and L, so neither side carries it.
  return (x, tx, n) => {
    const logTerm = logBetaUnchecked(alpha + x, beta + (n - x)) + logBetaUnchecked(gamma, delta + n + 1);
    return Math.exp(logTerm - bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n));
  };
}
