// Gamma(shape k, scale 1) variates by Marsaglia & Tsang (2000), "A simple method for generating gamma
// variables", ACM TOMS 26(3), 363–372, with the normal from Marsaglia's polar method (the second normal of
// each pair is discarded) and, for k < 1, the boost g·u^(1/k) of their section 6. The draw order is fixed
// (it is part of the G1 generator of /work/shared/bench/peer-reference.md):
//   kk = k < 1 ? k + 1 : k;  d = kk − 1/3;  c = 1/√(9d)
//   loop: repeat { u1, u2 = draw; x = 2u1 − 1; y = 2u2 − 1; s = x² + y² } until 0 < s < 1
//         z = x·√(−2 ln s / s);  v = 1 + c·z;  if v ≤ 0 continue (no uniform consumed)
//         v = v³;  u = draw;  if ln u < z²/2 + d − d·v + d·ln v: g = d·v; break
//   if k < 1: u = draw; g = g·u^(1/k)
import { type CounterStream, nextUnit } from "../../_lib/splitMix64.ts";

/**
 * One Gamma(shape, 1) variate from `stream` (Marsaglia & Tsang 2000), in the draw order of the G1
 * generator. Divide by a rate (or multiply by a scale) for other scales.
 *
 * @param shape - Shape k > 0 (finite).
 * @param stream - The substream to draw uniforms from (advanced).
 * @param logOut - If given, receives ln of the variate in `logOut[0]`, computed as ln g + ln(u)/k for
 *   k < 1, so it stays finite when the variate itself underflows to 0 (tiny shapes).
 * @returns A variate ≥ 0 (0 only when the k < 1 boost underflows).
 * @internal
 */
export function sampleGamma(shape: number, stream: CounterStream, logOut?: Float64Array): number {
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  let g: number;
  for (;;) {
    let x: number;
    let s: number;
    do {
      x = 2 * nextUnit(stream) - 1;
      const y = 2 * nextUnit(stream) - 1;
      s = x * x + y * y;
    } while (!(s > 0 && s < 1));
    const z = x * Math.sqrt((-2 * Math.log(s)) / s);
    let v = 1 + c * z;
    if (v <= 0) continue;
    v = v * v * v;
    const u = nextUnit(stream);
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
      g = d * v;
      break;
    }
  }
  if (boosted) {
    const u = nextUnit(stream);
    if (logOut !== undefined) logOut[0] = Math.log(g) + Math.log(u) / shape;
    g *= u ** (1 / shape);
  } else if (logOut !== undefined) {
    logOut[0] = Math.log(g);
  }
  return g;
}
