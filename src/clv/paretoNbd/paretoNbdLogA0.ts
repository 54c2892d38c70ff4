// ln A₀ of the Pareto/NBD (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model and related
// expressions", brucehardie.com note 009, eq. 20 and the two cases after it), with m = r + s + x:
//   α ≥ β:  A₀ = F(m, s + 1; z(t_x)) / (α + t_x)^m − F(m, s + 1; z(T)) / (α + T)^m,   z(t) = (α − β)/(α + t),
//   α < β:  A₀ = F(m, r + x; z(t_x)) / (β + t_x)^m − F(m, r + x; z(T)) / (β + T)^m,   z(t) = (β − α)/(β + t),
// with F(a, b; z) = ₂F₁(a, b; a + 1; z). The branch is chosen so that z ∈ [0, 1); 1 − z is passed to
// logHyp2f1Unchecked exactly, as (β + t)/(α + t) or (α + t)/(β + t), so that z near 1 (one rate parameter
// much smaller than the other, t small) loses no digits. Both terms are formed in logs and subtracted with
// logDiffExp: A₀ = m ∫_{t_x}^T (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ ≥ 0, so the first term is the larger.
import { logDiffExpUnchecked } from "../../_lib/logDiffExpUnchecked.ts";
import { logHyp2f1Unchecked } from "../../_lib/logHyp2f1Unchecked.ts";

/**
 * ln A₀ of the Pareto/NBD likelihood for one customer (see the header): −∞ when t_x = T, NaN if ₂F₁
 * cannot be evaluated.
 *
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param s - Gamma shape of dropout rates.
 * @param beta - Gamma rate of dropout rates.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase.
 * @param T - Observation length.
 * @param sign - Scratch for logHyp2f1Unchecked's sign.
 * @returns ln A₀.
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
  sign: Float64Array,
): number {
  if (tx === T) return Number.NEGATIVE_INFINITY;
  const m = r + s + x;
  let p: number;
  let q: number;
  let b: number;
  if (alpha >= beta) {
    p = alpha;
    q = beta;
    b = s + 1;
  } else {
    p = beta;
    q = alpha;
    b = r + x;
  }
  const d = p - q;
  const pTx = p + tx;
  const pT = p + T;
  const first = logHyp2f1Unchecked(m, b, m + 1, d / pTx, sign, (q + tx) / pTx) - m * Math.log(pTx);
  const second = logHyp2f1Unchecked(m, b, m + 1, d / pT, sign, (q + T) / pT) - m * Math.log(pT);
  return logDiffExpUnchecked(first, second);
}
