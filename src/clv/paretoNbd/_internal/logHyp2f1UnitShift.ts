// ln ₂F₁(a, b; a + 1; z) for a > 0, b > 0, 0 ≤ z < 1: the Pareto/NBD case (paretoNbdLogA0.ts). Euler's
// transformation (DLMF 15.8.1; Abramowitz & Stegun 15.3.3) gives
//   ln ₂F₁(a, b; a + 1; z) = (1 − b) ln(1 − z) + ln G,   G = ₂F₁(1, a + 1 − b; a + 1; z),
// with G a series of positive terms (hyp2f1UnitShiftEulerSum.ts). The caller passes d = a + 1 − b and
// y = 1 − z as computed without cancellation (for the Pareto/NBD, d = r + x or s + 1 exactly, and
// y = (β + t)/(α + t) or (α + t)/(β + t)); (1 − b) ln y is then exact to rounding. Where that series would
// need more than 400 terms (z near 1 with a small b) or d ≤ 0, the general logHyp2f1Unchecked (connection
// formula or analytic continuation) is used instead.

import { logHyp2f1Unchecked } from "../../../_lib/logHyp2f1Unchecked.ts";
import { hyp2f1UnitShiftEulerSum } from "./hyp2f1UnitShiftEulerSum.ts";

/**
 * ln ₂F₁(a, b; a + 1; z) for a > 0, b > 0, 0 ≤ z < 1 (see the header); allocation-free.
 *
 * @param a - First parameter, > 0 (c = a + 1).
 * @param b - Second parameter, > 0.
 * @param d - a + 1 − b, computed without cancellation.
 * @param z - Argument in [0, 1).
 * @param y - 1 − z, computed without cancellation.
 * @returns ln ₂F₁(a, b; a + 1; z); NaN only if the general method fails.
 * @internal
 */
export function logHyp2f1UnitShift(a: number, b: number, d: number, z: number, y: number): number {
  const g = hyp2f1UnitShiftEulerSum(a, b, d, z, y);
  if (Number.isNaN(g)) return logHyp2f1Unchecked(a, b, a + 1, z, undefined, y);
  return (1 - b) * Math.log(y) + Math.log(g);
}
