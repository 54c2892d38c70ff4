// The discounted survival sum of the sBG model that DEL and DERL are made of (Fader & Hardie 2010):
//   F(α, b, d) = Σ_{j≥0} (b)_j/(α + b)_j · (1 + d)^−j = ₂F₁(1, b; α + b; 1/(1 + d)),
// where (b)_j/(α + b)_j = B(α, b + j)/B(α, b) is the sBG survival S(j) with β = b. Methods, in order:
// - d = 0: Gauss's sum, F = (α + b − 1)/(α − 1) = 1 + b/(α − 1) for α > 1 (the series diverges for α ≤ 1);
// - logHyp2f1Unchecked with 1 − z = d/(1 + d) passed exactly (series, Euler transform, connection formula
//   about z = 1, Taylor continuation; see src/_lib/logHyp2f1Unchecked.ts);
// - where that finds no accurate method (b ≳ 10⁸ with small d), the series itself, each term as
//   exp(ln S(j) − j ln(1 + d)) with ln S(j) = Σ_{i<j} log1p(−α/(α + b + i)) and both sums compensated
//   (Kahan), stopped when the geometric bound of the tail is below 1e-17 of the sum, at most 10⁷ terms.
import { logHyp2f1Unchecked } from "../../../_lib/logHyp2f1Unchecked.ts";

/** Largest number of terms the fallback series may take (about 0.1 s). */
const MAX_TERMS = 10_000_000;

/**
 * ln F(α, b, d) = ln ₂F₁(1, b; α + b; 1/(1 + d)) = ln Σ_{j≥0} (b)_j/(α + b)_j (1 + d)^−j.
 *
 * @param alpha - α > 0.
 * @param b - b > 0 (β plus the renewals already made).
 * @param d - Discount rate per period, ≥ 0.
 * @returns The logarithm; +∞ when d = 0 and α ≤ 1 (the sum diverges); NaN if no method reaches full
 *   accuracy within 10⁷ terms.
 * @internal
 */
export function logDiscountedSurvivalSum(alpha: number, b: number, d: number): number {
  if (d === 0) return alpha > 1 ? Math.log1p(b / (alpha - 1)) : Number.POSITIVE_INFINITY;
  const value = logHyp2f1Unchecked(1, b, alpha + b, 1 / (1 + d), undefined, d / (1 + d));
  if (Number.isFinite(value)) return value;
  return logSeries(alpha, b, d);
}

/** The series term by term (see the header); NaN if it needs more than MAX_TERMS terms. */
function logSeries(alpha: number, b: number, d: number): number {
  const logX = -Math.log1p(d);
  const tailFactor = (1 + d) / d;
  let logS = 0;
  let logSCarry = 0;
  let sum = 1;
  let sumCarry = 0;
  for (let j = 1; j <= MAX_TERMS; j++) {
    // ln S(j) += log1p(−α/(α + b + j − 1)), compensated
    const y = Math.log1p(-alpha / (alpha + b + (j - 1))) - logSCarry;
    const t = logS + y;
    logSCarry = t - logS - y;
    logS = t;
    const term = Math.exp(logS + j * logX);
    const z = term - sumCarry;
    const s = sum + z;
    sumCarry = s - sum - z;
    sum = s;
    if (term * tailFactor < 1e-17 * sum) return Math.log(sum);
  }
  return Number.NaN;
}
