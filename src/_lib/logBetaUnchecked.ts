// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), arranged so that large arguments do not cancel
// (the scheme of R's nmath lbeta.c, after Didonato & Morris's TOMS 708): with p = min(a, b), q = max(a, b),
// - p ≥ 10: Stirling for all three gammas, the (x − ½) ln x terms combined analytically;
// - q ≥ 10 > p: ln Γ(p) exactly, Stirling for Γ(q) / Γ(p + q);
// - otherwise the three ln Γ directly.
// The Stirling corrections ω(x) come from stirlingCorrection.ts.
import { logGammaUnchecked } from "./logGammaUnchecked.ts";
import { stirlingCorrection } from "./stirlingCorrection.ts";

const HALF_LN_2PI = 0.9189385332046728;

/**
 * ln B(a, b) for a, b > 0 without validation, for hot loops.
 *
 * @param a - First argument, > 0.
 * @param b - Second argument, > 0.
 * @returns ln B(a, b); NaN if a or b is not > 0 or is NaN; +∞ only if a or b underflows to 0.
 * @internal
 */
export function logBetaUnchecked(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0) || Number.isNaN(q)) return Number.NaN;
  if (q === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    const ratio = p / (p + q);
    return -0.5 * Math.log(q) + HALF_LN_2PI + corr + (p - 0.5) * Math.log(ratio) + q * Math.log1p(-ratio);
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGammaUnchecked(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGammaUnchecked(p) + logGammaUnchecked(q) - logGammaUnchecked(p + q);
}
