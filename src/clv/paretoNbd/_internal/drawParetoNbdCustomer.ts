// One customer of the Pareto/NBD simulator, all uniforms from the counter-based SplitMix64 of customer i:
// 1. λ = g/α with g ~ Gamma(r) from substream 0 (Marsaglia & Tsang); 2. μ = h/β with h ~ Gamma(s) from
// substream 1; 3. lifetime τ = −ln(u)/μ from substream 2; 4. from substream 3, purchases at exponential
// intervals of rate λ from time 0 while before min(τ, T). The first purchase is at 0 and not counted.

import { type CounterStream, nextUnit, selectSubstream } from "../../../_lib/splitMix64.ts";
import { drawPurchaseRate, drawPurchases } from "../../_internal/drawPurchases.ts";
import { sampleGamma } from "../../_internal/sampleGamma.ts";

/**
 * Draws customer `i`'s λ, μ, lifetime and purchases over (0, T]; writes `[x, t_x, λ, μ, alive]` into
 * `out` (alive = 1 if the lifetime exceeds T), or x = NaN past 10⁶ purchases.
 *
 * @param stream - A counter stream (reset here).
 * @param seed - The seed.
 * @param i - Customer index.
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param s - Gamma shape of dropout rates.
 * @param beta - Gamma rate of dropout rates.
 * @param T - Observation length.
 * @param out - Receives x, t_x, λ, μ, alive.
 * @internal
 */
export function drawParetoNbdCustomer(
  stream: CounterStream,
  seed: number,
  i: number,
  r: number,
  alpha: number,
  s: number,
  beta: number,
  T: number,
  out: Float64Array,
): void {
  const lambda = drawPurchaseRate(stream, seed, i, r, alpha);
  selectSubstream(stream, 1);
  const mu = sampleGamma(s, stream) / beta;
  selectSubstream(stream, 2);
  const tau = -Math.log(nextUnit(stream)) / mu;
  const end = Math.min(tau, T);
  selectSubstream(stream, 3);
  drawPurchases(stream, lambda, end, undefined, out);
  out[2] = lambda;
  out[3] = mu;
  out[4] = tau > T ? 1 : 0;
}
