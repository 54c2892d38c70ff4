// ln ₂F₁(a, b; a + 1; z) and its three first derivatives from one pass of a series with positive terms (the
// Pareto/NBD likelihood's special case, c = a + 1; paretoNbdLogLikelihood.ts). Euler's transformation
// (DLMF 15.8.1; Abramowitz & Stegun 15.3.3), as in hyp2f1UnitShiftEulerSum.ts:
//   ln F = (1 − b) ln(1 − z) + ln G,   G = ₂F₁(1, d; c; z) = Σₙ tₙ,   d = a + 1 − b,   c = a + 1,
//   tₙ = (d)ₙ zⁿ/(c)ₙ,   tₙ₊₁ = tₙ z (d + n)/(c + n).
// With ψ-differences Aₙ = ψ(d + n) − ψ(d) = Σ_{k<n} 1/(d + k) and Cₙ = Σ_{k<n} 1/(c + k), since d and c both
// move with a (∂d/∂a = ∂c/∂a = 1) and d moves against b (∂d/∂b = −1):
//   ∂ ln F/∂a = Σ tₙ Dₙ / G,   Dₙ = Aₙ − Cₙ = Σ_{k<n} b/((d + k)(c + k)) ≥ 0,
//   ∂ ln F/∂b = −ln(1 − z) − Σ tₙ Aₙ / G,
//   ∂ ln F/∂z = (b − 1)/(1 − z) + Σ n tₙ/z / G,   with tₙ/z = tₙ₋₁ (d + n − 1)/(c + n − 1) (no division by z).
// Each term costs one division: 1/((d + k)(c + k)) gives 1/(d + k), b/((d + k)(c + k)) and the ratio.
// All sums have positive terms when d > 0; the ratios increase towards z and stay below it (c − d = b > 0),
// so the term of index n + j is at most tₙ zʲ, and the weights grow at most linearly: A_(n+j) ≤ Aₙ + j/(d + n),
// D_(n+j) ≤ Dₙ + j b/((d + n)(c + n)), n + j. The tail of Σ tₖ wₖ past n is therefore at most
// tₙ [wₙ q + δ q/(1 − z)] with q = z/(1 − z) and δ the weight's increment (for Σ n tₙ/z, tₙ/z in place of
// tₙ). The series stops, after at least one term, once the value's tail is known to 2⁻⁵⁴ of G (the midpoint
// rule of hyp2f1UnitShiftEulerSum.ts, whose result it matches to rounding) and each derivative sum's tail is
// below 2⁻⁴⁶ of the sum: about 1e-14 relative, far below what the gradient of a likelihood needs (BFGS, and
// a Hessian by differences of the gradient with steps near 6e-6). At z = 0 the weighted sums and their tails
// are all 0.
// G ≤ 1/(1 − z), so nothing overflows for any b; it returns false (and the caller differentiates another way)
// where the series would need more than MAX_TERMS terms, z near 1 with a small b, or d ≤ 0. It says so early:
// the ratios increase, so t_N ≥ tₙ ρₙ^(N−n) for N ≥ n, and G ≤ 1/(1 − z); every 32 terms, once even
// tₙ ρₙ^(MAX_TERMS−n) z b exceeds 2 · 2⁻⁵⁴ (c + MAX_TERMS − z(d + MAX_TERMS)), no index up to MAX_TERMS can meet
// the value's stopping test, and it returns false at once instead of after 2000 terms (an evaluation of
// the Pareto/NBD likelihood at β = 10⁴, α = 0.01 spent 13 s in such doomed series).

const MAX_TERMS = 2000;
/** Half-width of the value's tail interval, relative to G. */
const VALUE_TOLERANCE = 2 ** -54;
/** Tail bound of the derivative sums, relative to each sum (the gradient needs far fewer digits than ln L). */
const DERIVATIVE_TOLERANCE = 2 ** -46;

/**
 * ln ₂F₁(a, b; a + 1; z) with its derivatives in a, b and z (see the header), written to `out` as
 * `[ln F, ∂ ln F/∂a, ∂ ln F/∂b, ∂ ln F/∂z]`.
 *
 * @param a - First parameter, > 0 (c = a + 1).
 * @param b - Second parameter, > 0.
 * @param d - a + 1 − b, computed without cancellation (> 0 for the series to be used).
 * @param z - Argument in [0, 1).
 * @param y - 1 − z, computed without cancellation.
 * @param out - Receives ln F and its derivatives (length ≥ 4).
 * @returns true if the series was summed; false (and `out` untouched) where it is not used.
 * @internal
 */
export function logHyp2f1UnitShiftSeries(
  a: number,
  b: number,
  d: number,
  z: number,
  y: number,
  out: Float64Array,
): boolean {
  if (!(d > 0 && z >= 0 && y > 0)) return false;
  const c = a + 1;
  const q = z / y;
  const qq = q / y;
  const zb = z * b;
  const ky = 2 * VALUE_TOLERANCE * y;
  let t = 1;
  let g = 1;
  let sA = 0;
  let sD = 0;
  let sN = 0;
  let A = 0;
  let D = 0;
  let v = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    const dn = d + n;
    const cn = c + n;
    const inv = 1 / (dn * cn);
    const stepA = cn * inv;
    const stepD = b * inv;
    // Tails past n (t = tₙ, v = tₙ/z, A = Aₙ, D = Dₙ): the value's (half-width tₙ z b/(2y(cₙ − z dₙ)) of the
    // interval whose midpoint is added, as in hyp2f1UnitShiftEulerSum.ts), then the three weighted sums'.
    const gap = cn - z * dn;
    if ((n & 31) === 31 && n < MAX_TERMS - 1) {
      const ratio = (z * dn) / cn;
      const lastGap = c + MAX_TERMS - z * (d + MAX_TERMS);
      if (Math.log(t * zb) + (MAX_TERMS - n) * Math.log(ratio) > Math.log(2 * VALUE_TOLERANCE * lastGap)) return false;
    }
    if (
      n > 0 &&
      t * zb <= ky * g * gap &&
      t * (A * q + stepA * qq) <= DERIVATIVE_TOLERANCE * sA &&
      t * (D * q + stepD * qq) <= DERIVATIVE_TOLERANCE * sD &&
      v * (n * q + qq) <= DERIVATIVE_TOLERANCE * sN
    ) {
      g += 0.5 * t * z * (dn / gap + 1 / y);
      const logY = Math.log(y);
      out[0] = (1 - b) * logY + Math.log(g);
      out[1] = sD / g;
      out[2] = -logY - sA / g;
      out[3] = (b - 1) / y + sN / g;
      return true;
    }
    // tₙ₊₁/z = tₙ (d + n)/(c + n); the z-derivative sum takes (n + 1) tₙ₊₁/z.
    v = t * dn * dn * inv;
    t = v * z;
    A += stepA;
    D += stepD;
    g += t;
    sA += t * A;
    sD += t * D;
    sN += (n + 1) * v;
  }
  return false;
}
