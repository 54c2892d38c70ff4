// BG/NBD log-likelihood (Fader, Hardie & Lee 2005, "'Counting your customers' the easy way", Marketing
// Science 24(2), eq. 6) for one customer (x, t_x, T):
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b) + ln(A₃ + δ_{x>0} A₄),
//   ln A₃ = −(r + x) ln(α + T),   ln A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x),
// the log density of the customer's purchase times (no constant is dropped). Its gradient, derived by hand:
// with the shares s₄ = A₄/(A₃ + A₄), s₃ = 1 − s₄ (s₄ = 0 when x = 0),
//   ∂/∂r = ψ(r + x) − ψ(r) + ln α − s₃ ln(α + T) − s₄ ln(α + t_x)
//   ∂/∂α = r/α − (r + x) [s₃/(α + T) + s₄/(α + t_x)]
//   ∂/∂a = ψ(a + b) − ψ(a + b + x) + s₄/a
//   ∂/∂b = ψ(a + b) − ψ(a + b + x) + ψ(b + x) − ψ(b) − s₄/(b + x − 1)
// and ∂/∂ln θ = θ ∂/∂θ. Terms that depend only on x (gammas, digammas) are computed once per distinct x,
// ln(α + T) once per distinct T; the ratio of the two branches is taken as a logistic of their log
// difference, so nothing overflows for heavy buyers or large parameters.

import type { CountData } from "../../_internal/buildCountData.ts";
import { bgNbdFamilyLogLikelihood } from "./bgNbdFamilyLogLikelihood.ts";

/**
 * The fused BG/NBD log-likelihood of compressed data, as a function of the log-parameters
 * (ln r, ln α, ln a, ln b): total over customers, and its gradient.
 *
 * @param data - The weighted triples.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   parameters overflow. Reuses its work buffers between calls (allocates only once).
 * @internal
 */
export function bgNbdLogLikelihood(data: CountData): (logParams: Float64Array, gradient: Float64Array) => number {
  return bgNbdFamilyLogLikelihood(data, false);
}
