// ln|Γ(x)| for real x. Method, by range (no Lanczos: the series below keep relative accuracy near the
// zeros of ln Γ at x = 1 and x = 2, where Lanczos-type formulas only give absolute accuracy):
// - 0 < x < 2.5: the Taylor series of ln Γ(2 + ε) about ε = 0 (Abramowitz & Stegun 6.1.33),
//     ln Γ(2 + ε) = (1 − γ) ε + Σ_{k≥2} (−1)^k (ζ(k) − 1) ε^k / k,   |ε| ≤ 1/2,
//   with ε = x − 2, x − 1 or x itself (each exact), shifted by ln Γ(x) = ln Γ(x + 1) − ln x. The
//   coefficients (ζ(k) − 1)/k ≈ 2^−k/k make 27 terms enough for |ε| ≤ 1/2.
// - 2.5 ≤ x < 10: the recurrence ln Γ(x) = ln Γ(x − n) + ln[(x − 1)…(x − n)] down to [1.5, 2.5).
// - x ≥ 10: Stirling's series with Bernoulli numbers up to B₁₆ (see stirlingCorrection.ts).
// - x < 0 (non-integer): the reflection formula Γ(x) Γ(1 − x) = π / sin(πx) (DLMF 5.5.3), with sin(πx)
//   from the exactly reduced sinPi.
import { sinPi } from "./sinPi.ts";
import { stirlingCorrection } from "./stirlingCorrection.ts";

const HALF_LN_2PI = 0.9189385332046728;
const LN_PI = 1.1447298858494002;
const ONE_MINUS_EULER = 0.42278433509846713; // 1 − γ

// (−1)^k (ζ(k) − 1) / k for k = 2 … 28 (mpmath 1.3.0 at 50 digits, rounded to double), highest first.
const SERIES: readonly number[] = [
  1.330476437424449e-10, -2.7595228851242334e-10, 5.731367241678862e-10, -1.1921401405860912e-9, 2.4836745438024785e-9,
  -5.183475041970047e-9, 1.0838659214896955e-8, -2.2711094608943164e-8, 4.7698101693639804e-8, -1.0043224823968099e-7,
  2.1207184805554665e-7, -4.492469198764566e-7, 9.55141213040742e-7, -2.039215753801366e-6, 4.374866789907488e-6,
  -9.439488275268397e-6, 2.050721277567069e-5, -4.492623673813314e-5, 9.945751278180853e-5, -0.00022315475845357939,
  0.0005096695247430425, -0.001192753911703261, 0.0028905103307415234, -0.007385551028673986, 0.020580808427784546,
  -0.0673523010531981, 0.3224670334241132,
];

/** ln Γ(2 + e) for |e| ≤ 1/2 (A&S 6.1.33), Horner form. */
function logGammaTwoPlus(e: number): number {
  let p = 0;
  for (let k = 0; k < SERIES.length; k++) p = p * e + SERIES[k]!;
  return e * (ONE_MINUS_EULER + e * p);
}

/**
 * ln|Γ(x)| without validation, for hot loops.
 *
 * @remarks
 * Relative error about 1e-15 or better for x > 0 (see docs/concepts/numerics.md for the measured
 * figures). For negative non-integers the value is ln|Γ(x)|; near the zeros of ln|Γ| on the negative
 * axis (x ≈ −2.457, …) only absolute accuracy (≈1e-15) holds.
 *
 * @param x - Any number.
 * @returns ln|Γ(x)|; +∞ at the poles x = 0, −1, −2, … and for x = +∞ or x > 2.5e305 (overflow); NaN
 *   for NaN or −∞.
 * @internal
 */
export function logGammaUnchecked(x: number): number {
  if (!(x > 0)) {
    if (!(x > Number.NEGATIVE_INFINITY)) return Number.NaN;
    if (x === Math.floor(x)) return Number.POSITIVE_INFINITY;
    // Reflection: ln|Γ(x)| = ln π − ln|sin πx| − ln Γ(1 − x).
    return LN_PI - Math.log(Math.abs(sinPi(x))) - logGammaUnchecked(1 - x);
  }
  if (x < 0.5) return logGammaTwoPlus(x) - Math.log(x) - Math.log1p(x);
  if (x < 1.5) {
    const e = x - 1;
    return logGammaTwoPlus(e) - Math.log1p(e);
  }
  if (x < 2.5) return logGammaTwoPlus(x - 2);
  if (x < 10) {
    let y = x;
    let product = 1;
    while (y >= 2.5) {
      y -= 1;
      product *= y;
    }
    return logGammaTwoPlus(y - 2) + Math.log(product);
  }
  if (x === Number.POSITIVE_INFINITY) return x;
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + stirlingCorrection(x);
}
