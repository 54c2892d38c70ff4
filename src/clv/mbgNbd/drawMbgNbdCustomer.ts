// One customer of the MBG/NBD simulator, all uniforms from the counter-based SplitMix64 of customer i:
// 1. λ = g/α with g ~ Gamma(r) from substream 0; 2. p = X/(X + Y), X ~ Gamma(a) from substream 1,
// Y ~ Gamma(b) from substream 2; 3. from substream 3: the customer drops out at time 0 if the first uniform
// is < p; otherwise, purchases at exponential intervals of rate λ until T, dropping out after each purchase
// if the next uniform is < p. The first purchase is at 0 and not counted.
import { sampleGamma } from "../../_lib/sampleGamma.ts";
import { type CounterStream, nextUnit, selectEntity, selectSubstream } from "../../_lib/splitMix64.ts";

/** A customer with this many purchases stops the simulation (parameters far outside any real data). */
const MAX_PURCHASES = 1e6;

/**
 * Draws customer `i`'s λ, p and purchases over (0, T]; writes `[x, t_x, λ, p, alive]` into `out`, or
 * x = NaN past 10⁶ purchases.
 *
 * @param stream - A counter stream (reset here).
 * @param seed - The seed.
 * @param i - Customer index.
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param a - Beta shape a of dropout probabilities.
 * @param b - Beta shape b.
 * @param T - Observation length.
 * @param out - Receives x, t_x, λ, p, alive.
 * @internal
 */
export function drawMbgNbdCustomer(
  stream: CounterStream,
  seed: number,
  i: number,
  r: number,
  alpha: number,
  a: number,
  b: number,
  T: number,
  out: Float64Array,
): void {
  selectEntity(stream, seed, i);
  selectSubstream(stream, 0);
  const lambda = sampleGamma(r, stream) / alpha;
  selectSubstream(stream, 1);
  const x1 = sampleGamma(a, stream, out);
  const logX = out[0]!;
  selectSubstream(stream, 2);
  const y1 = sampleGamma(b, stream, out);
  const p = x1 + y1 > 0 ? x1 / (x1 + y1) : 1 / (1 + Math.exp(out[0]! - logX));
  selectSubstream(stream, 3);
  let t = 0;
  let x = 0;
  let tx = 0;
  let alive = nextUnit(stream) < p ? 0 : 1;
  while (alive === 1) {
    t += -Math.log(nextUnit(stream)) / lambda;
    if (!(t < T)) break;
    x++;
    tx = t;
    if (x > MAX_PURCHASES) {
      x = Number.NaN;
      break;
    }
    if (nextUnit(stream) < p) alive = 0;
  }
  out[0] = x;
  out[1] = tx;
  out[2] = lambda;
  out[3] = p;
  out[4] = alive;
}
