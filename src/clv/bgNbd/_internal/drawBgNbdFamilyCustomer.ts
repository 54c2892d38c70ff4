// One customer of the BG/NBD or MBG/NBD simulator; for the BG/NBD exactly the G1 generator of
// /work/shared/bench/peer-reference.md. All uniforms come from the counter-based SplitMix64 of customer i:
// 1. g ~ Gamma(r) from substream 0 (Marsaglia & Tsang), λ = g/α (α is a rate);
// 2. X ~ Gamma(a) from substream 1, Y ~ Gamma(b) from substream 2, p = X/(X + Y);
// 3. from substream 3: MBG/NBD only (Batislam, Denizel & Filiztekin 2007), the customer drops out at
//    time 0 if the first uniform is < p; then t = 0, x = 0, t_x = 0; loop: t += −ln(u)/λ; stop unless
//    t < T; x += 1; t_x = t; then the customer drops out (and the loop stops) if the next uniform is < p.
// Purchases are not merged (continuous time). When both beta draws underflow to 0 (shapes far below 1),
// p is taken from their logarithms instead of 0/0.

import { type CounterStream, nextUnit, selectSubstream } from "../../../_lib/splitMix64.ts";
import { drawPurchaseRate, drawPurchases } from "../../_internal/drawPurchases.ts";
import { sampleGamma } from "../../_internal/sampleGamma.ts";

/**
 * Draws customer `i`'s latent λ and p and purchase history over (0, T]; writes `[x, t_x, λ, p, alive]`
 * into `out` (alive = 1 if the customer had not dropped out by T). Writes x = NaN if the customer would
 * make more than 10⁶ purchases (λT enormous and p ≈ 0), for the caller to report.
 *
 * @param stream - A counter stream (reset here).
 * @param seed - The seed.
 * @param i - Customer index.
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param a - Beta shape a of dropout probabilities.
 * @param b - Beta shape b.
 * @param T - Observation length.
 * @param dropoutAtStart - Whether the customer may drop out at time 0 (MBG/NBD) or not (BG/NBD).
 * @param out - Receives x, t_x, λ, p, alive.
 * @internal
 */
export function drawBgNbdFamilyCustomer(
  stream: CounterStream,
  seed: number,
  i: number,
  r: number,
  alpha: number,
  a: number,
  b: number,
  T: number,
  dropoutAtStart: boolean,
  out: Float64Array,
): void {
  const lambda = drawPurchaseRate(stream, seed, i, r, alpha);
  selectSubstream(stream, 1);
  const x1 = sampleGamma(a, stream, out);
  const logX = out[0]!;
  selectSubstream(stream, 2);
  const y1 = sampleGamma(b, stream, out);
  // Both draws underflow only for tiny shapes; then p comes from their logarithms.
  const p = x1 + y1 > 0 ? x1 / (x1 + y1) : 1 / (1 + Math.exp(out[0]! - logX));
  selectSubstream(stream, 3);
  let alive = 0;
  if (dropoutAtStart && nextUnit(stream) < p) {
    out[0] = 0;
    out[1] = 0;
  } else {
    alive = drawPurchases(stream, lambda, T, p, out);
  }
  out[2] = lambda;
  out[3] = p;
  out[4] = alive;
}
