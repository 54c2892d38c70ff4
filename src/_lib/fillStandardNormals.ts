// Standard normal variates by Marsaglia's polar method (Marsaglia & Bray 1964, "A convenient method for
// generating normal variables", SIAM Review 6(3); Knuth, TAOCP vol. 2, §3.4.1, Algorithm P): draw
// u, v uniform on (−1, 1) until 0 < s = u² + v² < 1, then u·√(−2 ln s / s) and v·√(−2 ln s / s) are two
// independent N(0, 1) variates. Both of each pair are used, in that order.
import { type CounterStream, nextUnit } from "./splitMix64.ts";

/**
 * Fills `out` with independent standard normal variates drawn from `stream` (polar method, both variates
 * of each pair used; an odd last one discards its partner).
 *
 * @param stream - The substream to draw uniforms from (advanced).
 * @param out - Receives the variates (every entry overwritten).
 * @internal
 */
export function fillStandardNormals(stream: CounterStream, out: Float64Array): void {
  const n = out.length;
  for (let i = 0; i < n; i += 2) {
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * nextUnit(stream) - 1;
      v = 2 * nextUnit(stream) - 1;
      s = u * u + v * v;
    } while (!(s > 0 && s < 1));
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    out[i] = u * f;
    if (i + 1 < n) out[i + 1] = v * f;
  }
}
