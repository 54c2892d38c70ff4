// One customer of the sBG simulator, every uniform from the counter-based SplitMix64 of customer i:
// 1. X ~ Gamma(α) from substream 0 and Y ~ Gamma(β) from substream 1 (Marsaglia & Tsang, sampleGamma),
//    θ = X/(X + Y) ~ Beta(α, β), kept as ln(1 − θ) = −log1p(X/Y) (or its mirror when X > Y), from the
//    logarithms of the draws, so that θ near 0 or 1 and underflowing draws (tiny shapes) stay exact;
// 2. from substream 2, u uniform in (0, 1): T = ⌈ln u / ln(1 − θ)⌉, a geometric lifetime on {1, 2, …}
//    with P(T > t) = (1 − θ)^t (inversion); T = ∞ when θ underflows to 0.

import { type CounterStream, nextUnit, selectEntity, selectSubstream } from "../../../_lib/splitMix64.ts";
import { sampleGamma } from "../../_internal/sampleGamma.ts";

/**
 * Draws customer `i`'s churn probability and lifetime T (the period in which the customer churns:
 * renews T − 1 times), writing `[T, θ]` into `out` (T may be +∞ when θ underflows to 0).
 *
 * @param stream - A counter stream (reset here).
 * @param seed - The seed.
 * @param i - Customer index.
 * @param alpha - Beta shape α.
 * @param beta - Beta shape β.
 * @param out - Receives T and θ (length ≥ 2).
 * @internal
 */
export function drawShiftedBetaGeometricCustomer(
  stream: CounterStream,
  seed: number,
  i: number,
  alpha: number,
  beta: number,
  out: Float64Array,
): void {
  selectEntity(stream, seed, i);
  selectSubstream(stream, 0);
  sampleGamma(alpha, stream, out);
  const logX = out[0]!;
  selectSubstream(stream, 1);
  sampleGamma(beta, stream, out);
  const logY = out[0]!;
  // ln(1 − θ) = ln Y − ln(X + Y), and θ itself, without cancellation.
  const logSurvive = logX < logY ? -Math.log1p(Math.exp(logX - logY)) : logY - logX - Math.log1p(Math.exp(logY - logX));
  const theta = logX < logY ? 1 / (1 + Math.exp(logY - logX)) : -Math.expm1(logSurvive);
  selectSubstream(stream, 2);
  const u = nextUnit(stream);
  out[0] = logSurvive === 0 ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(Math.log(u) / logSurvive));
  out[1] = theta;
}
