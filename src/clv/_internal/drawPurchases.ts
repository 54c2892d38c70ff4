import { type CounterStream, nextUnit, selectEntity, selectSubstream } from "../../_lib/splitMix64.ts";
import { sampleGamma } from "./sampleGamma.ts";

/** A customer with this many purchases stops the simulation (parameters far outside any real data). */
const MAX_PURCHASES = 1e6;

/**
 * Starts simulated customer `i` of a continuous-time count model: selects the customer's stream and
 * draws the purchase rate λ = g/α, g ~ Gamma(r), from substream 0 (the layout every such simulator
 * shares, and that reproduces the G1 benchmark generator).
 *
 * @param stream - A counter stream (reset here to customer `i`).
 * @param seed - The seed.
 * @param i - Customer index.
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @returns λ.
 * @internal
 */
export function drawPurchaseRate(stream: CounterStream, seed: number, i: number, r: number, alpha: number): number {
  selectEntity(stream, seed, i);
  selectSubstream(stream, 0);
  return sampleGamma(r, stream) / alpha;
}

/**
 * Draws one simulated customer's repeat purchases from the stream's current substream: exponential
 * intervals of rate λ from time 0 (the first purchase, not counted) while before `end`, in continuous
 * time (never merged); with `dropout` given, after each purchase the next uniform decides whether the
 * customer drops out (probability `dropout`), which ends the purchases. Writes x to `out[0]` (NaN past
 * 10⁶ purchases, for the caller to report) and t_x (0 without purchases) to `out[1]`.
 *
 * @param stream - The counter stream, on the customer's purchase substream.
 * @param lambda - Purchase rate λ > 0.
 * @param end - End of the purchases (T, or the end of the lifetime when that comes first).
 * @param dropout - Dropout probability after each purchase (BG/NBD family), or undefined (none drawn).
 * @param out - Receives x and t_x.
 * @returns 1 if the customer had not dropped out, else 0.
 * @internal
 */
export function drawPurchases(
  stream: CounterStream,
  lambda: number,
  end: number,
  dropout: number | undefined,
  out: Float64Array,
): number {
  let t = 0;
  let x = 0;
  let tx = 0;
  let alive = 1;
  for (;;) {
    t += -Math.log(nextUnit(stream)) / lambda;
    if (!(t < end)) break;
    x++;
    tx = t;
    if (x > MAX_PURCHASES) {
      x = Number.NaN;
      break;
    }
    if (dropout !== undefined && nextUnit(stream) < dropout) {
      alive = 0;
      break;
    }
  }
  out[0] = x;
  out[1] = tx;
  return alive;
}
