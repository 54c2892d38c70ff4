// ln A₀ of the Pareto/NBD (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model and related
// expressions", brucehardie.com note 009, eq. 20 and the two cases after it), with m = r + s + x:
//   α ≥ β:  A₀ = F(m, s + 1; z(t_x)) / (α + t_x)^m − F(m, s + 1; z(T)) / (α + T)^m,   z(t) = (α − β)/(α + t),
//   α < β:  A₀ = F(m, r + x; z(t_x)) / (β + t_x)^m − F(m, r + x; z(T)) / (β + T)^m,   z(t) = (β − α)/(β + t),
// with F(a, b; z) = ₂F₁(a, b; a + 1; z). The branch is chosen so that z ∈ [0, 1); F is evaluated by
// logHyp2f1UnitShift (Euler's transformation, a series of positive terms), given a + 1 − b (r + x or s + 1)
// and 1 − z, as (β + t)/(α + t) or (α + t)/(β + t), exactly, so that z near 1 (one rate parameter much
// smaller than the other, t small) and large x lose no digits. Each term's logarithm,
// e(t) = ln F(m, b; z(t)) − m ln(p + t), is paretoNbdLogA0Term; the two are subtracted with logDiffExp:
// A₀ = m ∫_{t_x}^T (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ ≥ 0, so the first term is the larger. e(T) and e(0)
// depend on x and T only, which the prediction kernels use to evaluate one ₂F₁ per customer. paretoNbdLogA0
// uses Euler's series only; where either term's series would be long (z near 1 with a small b) it integrates
// A₀ directly (paretoNbdLogA0ByQuadrature.ts) rather than call the general ₂F₁, whose analytic continuation
// could take tens of milliseconds a call (one degenerate fit with an unreachable tolerance: 56 s).
import { logDiffExpUnchecked } from "../../../_lib/logDiffExpUnchecked.ts";
import { hyp2f1UnitShiftEulerSum } from "./hyp2f1UnitShiftEulerSum.ts";
import { logHyp2f1UnitShift } from "./logHyp2f1UnitShift.ts";
import { gaussLegendre16 } from "./paretoNbdDiscountedAliveTime.ts";
import { paretoNbdLogA0ByQuadrature } from "./paretoNbdLogA0ByQuadrature.ts";

/**
 * One term of ln A₀ (see the header): e(t) = ln F(m, b; z(t)) − m ln(p + t), so that
 * ln A₀ = ln(e^(e(t_x)) − e^(e(T))).
 *
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param s - Gamma shape of dropout rates.
 * @param beta - Gamma rate of dropout rates.
 * @param x - Repeat purchases.
 * @param t - Time, t_x or T.
 * @returns e(t); NaN if ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdLogA0Term(r: number, alpha: number, s: number, beta: number, x: number, t: number): number {
  const m = r + s + x;
  if (alpha >= beta) {
    const pt = alpha + t;
    return logHyp2f1UnitShift(m, s + 1, r + x, (alpha - beta) / pt, (beta + t) / pt) - m * Math.log(pt);
  }
  const pt = beta + t;
  return logHyp2f1UnitShift(m, r + x, s + 1, (beta - alpha) / pt, (alpha + t) / pt) - m * Math.log(pt);
}

/**
 * ln A₀ of the Pareto/NBD likelihood for one customer (see the header): −∞ when t_x = T. Where Euler's series
 * of either term would be long (z near 1 with a small b), A₀ is integrated directly instead
 * (paretoNbdLogA0ByQuadrature.ts): bounded work, where the general ₂F₁ could take tens of milliseconds a call.
 *
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param s - Gamma shape of dropout rates.
 * @param beta - Gamma rate of dropout rates.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase.
 * @param T - Observation length.
 * @returns ln A₀ (NaN only if the quadrature's panel limit is reached).
 * @internal
 */
export function paretoNbdLogA0(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (tx === T) return Number.NEGATIVE_INFINITY;
  const first = eulerTerm(r, alpha, s, beta, x, tx);
  const last = Number.isNaN(first) ? first : eulerTerm(r, alpha, s, beta, x, T);
  if (Number.isNaN(last)) return paretoNbdLogA0ByQuadrature(r, alpha, s, beta, x, tx, T, gaussLegendre16());
  return logDiffExpUnchecked(first, last);
}

/** e(t) by Euler's series only (hyp2f1UnitShiftEulerSum): NaN where that series would be long. */
function eulerTerm(r: number, alpha: number, s: number, beta: number, x: number, t: number): number {
  const m = r + s + x;
  const upper = alpha >= beta;
  const pt = upper ? alpha + t : beta + t;
  const b = upper ? s + 1 : r + x;
  const y = upper ? (beta + t) / pt : (alpha + t) / pt;
  const g = hyp2f1UnitShiftEulerSum(m, b, upper ? r + x : s + 1, upper ? (alpha - beta) / pt : (beta - alpha) / pt, y);
  return (1 - b) * Math.log(y) + Math.log(g) - m * Math.log(pt);
}
