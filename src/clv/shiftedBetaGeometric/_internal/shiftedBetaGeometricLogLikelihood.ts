// sBG log-likelihood (Fader & Hardie 2007, "How to project customer retention", Journal of Interactive
// Marketing 21(1), eqs. 1–2 and appendix B):
//   P(T = t) = B(α + 1, β + t − 1)/B(α, β) = S(t − 1) · α/(α + β + t − 1),
//   S(t) = P(T > t) = B(α, β + t)/B(α, β) = Π_{j<t} (β + j)/(α + β + j),
//   ln L = Σ_t lost(t) ln P(T = t) + Σ_t censored(t) ln S(t)   (no constant is dropped or added).
// Gradient, derived by hand from ln S(t) = Σ_{j<t} [ln(β + j) − ln(α + β + j)]:
//   ∂ ln S(t)/∂α = −Σ_{j<t} 1/(α + β + j) = −[ψ(α + β + t) − ψ(α + β)],
//   ∂ ln S(t)/∂β = Σ_{j<t} α/((β + j)(α + β + j)) = [ψ(β + t) − ψ(β)] − [ψ(α + β + t) − ψ(α + β)],
//   ∂ ln P(T = t)/∂α = ∂ ln S(t − 1)/∂α + 1/α − 1/(α + β + t − 1),
//   ∂ ln P(T = t)/∂β = ∂ ln S(t − 1)/∂β − 1/(α + β + t − 1),
// and ∂/∂ln θ = θ ∂/∂θ. ln S is walked up the sorted tenures of the data: gaps of up to 64 periods by the
// sums (log1p, no cancellation), longer gaps in one step by ln S(p) − ln S(q) = ln B(α, β + p) − ln B(α, β + q)
// (logBetaUnchecked, whose values stay of the size α ln(β + p), so nothing large cancels) and digamma
// differences (digammaDifference), so a tenure of 10⁹ periods costs the same as one of 65.

import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import { digammaDifference } from "../../_internal/digammaDifference.ts";
import type { RetentionTally } from "./readShiftedBetaGeometricData.ts";

/** Gaps up to this many periods are summed term by term. */
const SUM_LIMIT = 64;

/**
 * The fused sBG log-likelihood of tallied data, as a function of the log-parameters (ln α, ln β): total
 * over customers, and its gradient.
 *
 * @param tally - The data, tallied by tenure.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   parameters overflow or underflow.
 * @internal
 */
export function shiftedBetaGeometricLogLikelihood(
  tally: RetentionTally,
): (logParams: Float64Array, gradient: Float64Array) => number {
  const { points, censored, lostNext } = tally;
  const size = points.length;
  return (logParams, gradient) => {
    const alpha = Math.exp(logParams[0]!);
    const beta = Math.exp(logParams[1]!);
    if (!(alpha > 0 && alpha < Number.POSITIVE_INFINITY && beta > 0 && beta < Number.POSITIVE_INFINITY)) {
      return Number.NaN;
    }
    const sum = alpha + beta;
    let position = 0;
    let logS = 0;
    let dAlpha = 0;
    let dBeta = 0;
    let ll = 0;
    let gAlpha = 0;
    let gBeta = 0;
    for (let k = 0; k < size; k++) {
      const p = points[k]!;
      const gap = p - position;
      if (gap <= SUM_LIMIT) {
        for (let j = position; j < p; j++) {
          const s = sum + j;
          logS += Math.log1p(-alpha / s);
          dAlpha -= 1 / s;
          dBeta += alpha / ((beta + j) * s);
        }
      } else {
        const d = digammaDifference(sum + position, gap);
        logS += logBetaUnchecked(alpha, beta + p) - logBetaUnchecked(alpha, beta + position);
        dAlpha -= d;
        dBeta += digammaDifference(beta + position, gap) - d;
      }
      position = p;
      const c = censored[k]!;
      if (c > 0) {
        ll += c * logS;
        gAlpha += c * dAlpha;
        gBeta += c * dBeta;
      }
      const l = lostNext[k]!;
      if (l > 0) {
        const s = sum + p;
        ll += l * (logS + Math.log(alpha) - Math.log(s));
        gAlpha += l * (dAlpha + 1 / alpha - 1 / s);
        gBeta += l * (dBeta - 1 / s);
      }
    }
    gradient[0] = alpha * gAlpha;
    gradient[1] = beta * gBeta;
    return ll;
  };
}
