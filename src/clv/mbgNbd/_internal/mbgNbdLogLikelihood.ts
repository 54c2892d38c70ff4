// MBG/NBD log-likelihood (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison of
// models for customer base analysis", IJRM 24(3), eq. 5; as implemented in lifetimes'
// ModifiedBetaGeoFitter) for one customer (x, t_x, T):
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x + 1) − ln B(a, b) + A₃ + ln(1 + e^d),
//   A₃ = −(r + x) ln(α + T),   d = ln a − ln(b + x) + (r + x)(ln(α + T) − ln(α + t_x)),
// the log density of the purchase times (no constant dropped). Unlike the BG/NBD, the second branch
// (dropout after the last purchase, or at time 0) is present for x = 0 too. Gradient, by hand, with
// s₄ = logistic(d), s₃ = 1 − s₄:
//   ∂/∂r = ψ(r + x) − ψ(r) + ln α − s₃ ln(α + T) − s₄ ln(α + t_x)
//   ∂/∂α = r/α − (r + x) [s₃/(α + T) + s₄/(α + t_x)]
//   ∂/∂a = ψ(a + b) − ψ(a + b + x + 1) + s₄/a
//   ∂/∂b = ψ(a + b) − ψ(a + b + x + 1) + ψ(b + x + 1) − ψ(b) − s₄/(b + x)
// and ∂/∂ln θ = θ ∂/∂θ. The digamma differences are the sums Σ_{j<n} 1/(p + j) of risingFactorialTerms.

import type { CountData } from "../../_internal/buildCountData.ts";
import { bgNbdFamilyLogLikelihood } from "../../bgNbd/_internal/bgNbdFamilyLogLikelihood.ts";

/**
 * The fused MBG/NBD log-likelihood of compressed data, as a function of the log-parameters
 * (ln r, ln α, ln a, ln b): total over customers, and its analytic gradient.
 *
 * @param data - The weighted triples.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   parameters overflow.
 * @internal
 */
export function mbgNbdLogLikelihood(data: CountData): (logParams: Float64Array, gradient: Float64Array) => number {
  return bgNbdFamilyLogLikelihood(data, true);
}
