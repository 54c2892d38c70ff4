// BG/NBD expected number of purchases in (T, T + t] of a customer with summary (x, t_x, T) (Fader, Hardie
// & Lee 2005, eq. 10):
//   E[Y(t) | x, t_x, T] = N(x, T) / (1 + δ_{x>0} a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)),
//   N(x, T) = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x; a + b + x − 1; z)],
// z = t/(α + T + t). For a new customer (x = t_x = T = 0) it is E[X(t)] of eq. 9. The bracket is computed
// after Euler's transformation (DLMF 15.8.1),
//   (1 − z)^(r+x) ₂F₁(r + x, b + x; c; z) = (1 − z)^(a−1) ₂F₁(a + b − 1 − r, a − 1; c; z),   c = a + b + x − 1,
// whose logarithm L is small when a is near 1, as 1 − e^L = −expm1(L) (or 1 + e^L when ₂F₁ < 0, possible
// only for x = 0 and a + b < 1), with ₂F₁ in log space (logHyp2f1Unchecked, with 1 − z passed exactly), so
// heavy buyers and long horizons do not overflow; if that form cannot be evaluated the original one is
// tried, and if neither can, N is NaN. For r + x ≥ 50 both forms break down (the direct one overflows, the
// Euler one cancels), so logBgNbdLargeShapeTransform.ts is tried first there. N is analytic in a and b, but the formula is 0/0 at a = 1 and ∞·0 at c = 0 (x = 0, a + b = 1):
// within 1e-4 of those points it is computed from its values at ±3e-4 and ±6e-4 in a (or b) by
// Richardson's extrapolation of the symmetric means, (4 m₁ − m₂)/3, whose error is O(h⁴). N depends on (x, T) only, so it is cached (direct-mapped, 4,096 entries) across the customers
// of one call.
import { logHyp2f1Unchecked } from "../../../_lib/logHyp2f1Unchecked.ts";
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import { symmetricRichardson } from "../../_internal/symmetricRichardson.ts";
import type { BgNbdParams } from "../BgNbdParams.ts";
import { logBgNbdLargeShapeTransform } from "./logBgNbdLargeShapeTransform.ts";

const NEAR = 1e-4;
const STEP = 3e-4;
const CACHE_BITS = 12;
/** Below this w = (r+x+2)·t/(α+T) the second-order expansion is used (next term ≈ w³ relative). */
const TAYLOR = 1e-5;
/** From this shape r + x on, logBgNbdLargeShapeTransform is tried first. */
const LARGE_SHAPE = 50;

/**
 * N(x, T) of the header: on short horizons the expansion below; within NEAR of a = 1 extrapolated from
 * a ± STEP, a ± 2·STEP, and within NEAR of c = 0 (x = 0 only) likewise in b (each O(STEP⁴); the steps
 * leave the singular point, so each recursion is one level deep); otherwise evaluated directly. NaN if
 * ₂F₁ cannot be evaluated.
 */
function numerator(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  T: number,
  t: number,
  sign: Float64Array,
): number {
  // Short horizons: the closed form's bracket 1 − (1−z)^(a−1)·2F1(…) cancels catastrophically as z → 0
  // (relative error ≈ 1e-16 / bracket), so use the expansion of E[Y(t) | alive] in t from the posterior of
  // an alive customer — λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x), independent — and
  // E[Y(t) | λ, p, alive] = (1 − e^{−λpt})/p = λt − λ²p t²/2 + O((λt)³):
  // E[Y(t) | alive] = (r+x)/(α+T)·t − (r+x)(r+x+1)/(α+T)²·a/(a+b+x)·t²/2. The neglected term is O(w³) relative.
  const s = alpha + T;
  const w = ((r + x + 2) * t) / s;
  if (w < TAYLOR) {
    const rate = (r + x) / s;
    return rate * t - ((rate * (r + x + 1)) / s) * (a / (a + b + x)) * (t * t) * 0.5;
  }
  if (Math.abs(a - 1) < NEAR) {
    return symmetricRichardson((h) => numerator(r, alpha, a + h, b, x, T, t, sign), STEP);
  }
  if (x === 0 && Math.abs(a + b - 1) < NEAR) {
    return symmetricRichardson((h) => numerator(r, alpha, a, b + h, x, T, t, sign), STEP);
  }
  const c = a + b + x - 1;
  let l = r + x >= LARGE_SHAPE ? logBgNbdLargeShapeTransform(r + x, a, b + x, t / s, sign) : Number.NaN;
  if (Number.isNaN(l)) {
    const oneMinusZ = s / (s + t);
    const z = t / (s + t);
    const logOneMinusZ = -Math.log1p(t / s);
    l = (a - 1) * logOneMinusZ + logHyp2f1Unchecked(a + b - 1 - r, a - 1, c, z, sign, oneMinusZ);
    if (Number.isNaN(l)) l = (r + x) * logOneMinusZ + logHyp2f1Unchecked(r + x, b + x, c, z, sign, oneMinusZ);
    // sign[0] is only meaningful when a form succeeded; it still holds the previous customer's sign otherwise.
    if (Number.isNaN(l)) return Number.NaN;
  }
  const sg = sign[0]!;
  const bracket = sg > 0 ? -Math.expm1(l) : sg < 0 ? 1 + Math.exp(l) : 1;
  return (c / (a - 1)) * bracket;
}

/**
 * The BG/NBD conditional-expectation kernel for given parameters and horizon t ≥ 0 (in the fit's unit).
 *
 * @param params - r, α, a, b.
 * @param t - Horizon, finite, ≥ 0.
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function bgNbdConditionalExpectedPurchases(params: BgNbdParams, t: number): CustomerKernel {
  const { r, alpha, a, b } = params;
  if (t === 0) return () => 0;
  const size = 1 << CACHE_BITS;
  const keyX = new Float64Array(size).fill(-1);
  const keyT = new Float64Array(size);
  const value = new Float64Array(size);
  const sign = new Float64Array(1);
  return (x, tx, T) => {
    const slot = (Math.imul(x | 0, 0x9e3779b1) ^ Math.imul((T * 4096) | 0, 0x85ebca77)) >>> (32 - CACHE_BITS);
    let n: number;
    if (keyX[slot] === x && keyT[slot] === T) n = value[slot]!;
    else {
      n = numerator(r, alpha, a, b, x, T, t, sign);
      keyX[slot] = x;
      keyT[slot] = T;
      value[slot] = n;
    }
    if (x === 0) return n;
    return n / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))));
  };
}
