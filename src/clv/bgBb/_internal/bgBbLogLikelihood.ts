// BG/BB log-likelihood (Fader, Hardie & Shang 2010, eq. 5) of one pattern (x, t_x, n):
//   L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
//     + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ),
// the first term for a customer alive through opportunity n, term i for one who dropped out at the start
// of opportunity t_x+i+1. Summed in log space (log-sum-exp), with the analytic gradient from
// ∂/∂a ln B(a, b) = ψ(a) − ψ(a+b): ∂ ln L = Σ_j w_j ∂ ln term_j with w_j = term_j / L.
// The dropout terms decrease in i: term i+1 is term i times
//   r_i = (β + t_x − x + i)/(α + β + t_x + i) · (δ + t_x + i)/(γ + δ + 1 + t_x + i) < 1,
// from B(a, b + 1) = B(a, b) · b/(a + b), so after the first each costs a few divisions instead of two ln B
// (six ln Γ) and four ψ (whose arguments step by one: ψ(z + 1) = ψ(z) + 1/z). Both recurrences are
// restarted from exact values every REFRESH terms, and the sum stops once what is left, at most the current
// term times the terms left, is below TAIL of it.
import { digammaUnchecked as psi } from "../../../_lib/digammaUnchecked.ts";
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import type { BgBbCompressed } from "../../../_lib/readBgBbData.ts";

/** Dropout terms and digammas are recomputed exactly every REFRESH terms (bounds the drift of the recurrences). */
const REFRESH = 64;
/** The sum stops once the rest, at most (terms left) × (current term) as the terms decrease, is below this share. */
const TAIL = 1e-17;

/**
 * ln L(α, β, γ, δ | x, t_x, n) of one customer (FHS 2010 eq. 5), for valid parameters and pattern.
 *
 * @param alpha - α > 0.
 * @param beta - β > 0.
 * @param gamma - γ > 0.
 * @param delta - δ > 0.
 * @param x - Frequency.
 * @param tx - Recency.
 * @param n - Opportunities.
 * @returns The log-likelihood (≤ 0).
 * @internal
 */
export function bgBbLogLikelihoodOne(
  alpha: number,
  beta: number,
  gamma: number,
  delta: number,
  x: number,
  tx: number,
  n: number,
): number {
  const lab = logBetaUnchecked(alpha, beta) + logBetaUnchecked(gamma, delta);
  return bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n) - lab;
}

/**
 * ln[L · B(α, β) B(γ, δ)] of one customer: the log-likelihood without its normalising constant, which
 * the predictions (ratios of such sums, eqs. 11–14) cancel instead of computing per customer.
 *
 * @param alpha - α > 0.
 * @param beta - β > 0.
 * @param gamma - γ > 0.
 * @param delta - δ > 0.
 * @param x - Frequency.
 * @param tx - Recency.
 * @param n - Opportunities.
 * @returns ln L + ln B(α, β) + ln B(γ, δ).
 * @internal
 */
export function bgBbLogLikelihoodScaled(
  alpha: number,
  beta: number,
  gamma: number,
  delta: number,
  x: number,
  tx: number,
  n: number,
): number {
  const alive = logBetaUnchecked(alpha + x, beta + (n - x)) + logBetaUnchecked(gamma, delta + n);
  if (tx === n) return alive;
  // The dropout terms decrease in i; each is the previous times the ratio of the header.
  let t = 0;
  let sum = 0;
  const first = logBetaUnchecked(alpha + x, beta + (tx - x)) + logBetaUnchecked(gamma + 1, delta + tx);
  const m = Math.max(alive, first);
  let term = 0;
  for (let i = 0; i < n - tx; i++) {
    if (i % REFRESH === 0) {
      t = logBetaUnchecked(alpha + x, beta + (tx - x + i)) + logBetaUnchecked(gamma + 1, delta + tx + i);
      term = Math.exp(t - m);
    } else {
      const k = tx + i - 1;
      term *= ((beta + (k - x)) / (alpha + beta + k)) * ((delta + k) / (gamma + delta + 1 + k));
    }
    sum += term;
    if (term * (n - tx - i - 1) <= TAIL * sum) break;
  }
  return m + Math.log(Math.exp(alive - m) + sum);
}

/**
 * The total BG/BB log-likelihood of compressed data as a function of the log-parameters
 * (ln α, ln β, ln γ, ln δ), filling `gradient` with ∂ ln L/∂ ln θ; NaN where the parameters overflow.
 *
 * @param data - Compressed patterns.
 * @returns The fused value-and-gradient function.
 * @internal
 */
export function bgBbLogLikelihood(data: BgBbCompressed): (logParams: Float64Array, gradient: Float64Array) => number {
  return (logParams, gradient) => {
    const alpha = Math.exp(logParams[0]!);
    const beta = Math.exp(logParams[1]!);
    const gamma = Math.exp(logParams[2]!);
    const delta = Math.exp(logParams[3]!);
    gradient.fill(0);
    if (![alpha, beta, gamma, delta].every((v) => v > 0 && v < Number.POSITIVE_INFINITY)) return Number.NaN;
    const lab = logBetaUnchecked(alpha, beta) + logBetaUnchecked(gamma, delta);
    const psiAB = psi(alpha + beta);
    const dA0 = psi(alpha) - psiAB;
    const dB0 = psi(beta) - psiAB;
    const psiGD = psi(gamma + delta);
    const dG0 = psi(gamma) - psiGD;
    const dD0 = psi(delta) - psiGD;
    const psiG = psi(gamma);
    const psiG1 = psi(gamma + 1);
    let total = 0;
    for (let k = 0; k < data.weight.length; k++) {
      const x = data.frequency[k]!;
      const tx = data.recency[k]!;
      const n = data.opportunities[k]!;
      const w = data.weight[k]!;
      const psiAx = psi(alpha + x);
      // Term 0: alive through n.
      const pab0 = psi(alpha + beta + n);
      const pgd0 = psi(gamma + delta + n);
      const alive = logBetaUnchecked(alpha + x, beta + (n - x)) + logBetaUnchecked(gamma, delta + n) - lab;
      const aliveG0 = psiAx - pab0 - dA0;
      const aliveG1 = psi(beta + (n - x)) - pab0 - dB0;
      const aliveG2 = psiG - pgd0 - dG0;
      const aliveG3 = psi(delta + n) - pgd0 - dD0;
      // Dropout terms i = 0 … n − t_x − 1 (see the header): decreasing in i, each the previous times
      // r_i = (β + t_x − x + i)/(α + β + t_x + i) · (δ + t_x + i)/(γ + δ + 1 + t_x + i); the digammas of
      // their gradients step by ψ(z + 1) = ψ(z) + 1/z. All are recomputed exactly every REFRESH terms.
      const count = n - tx;
      let m = alive;
      let first = Number.NEGATIVE_INFINITY;
      if (count > 0) {
        first = logBetaUnchecked(alpha + x, beta + (tx - x)) + logBetaUnchecked(gamma + 1, delta + tx) - lab;
        if (first > m) m = first;
      }
      let s = Math.exp(alive - m);
      let g0 = s * aliveG0;
      let g1 = s * aliveG1;
      let g2 = s * aliveG2;
      let g3 = s * aliveG3;
      let term = 0;
      let pab = 0;
      let pb = 0;
      let pgd = 0;
      let pd = 0;
      for (let i = 0; i < count; i++) {
        const z = tx + i;
        if (i % REFRESH === 0) {
          term =
            i === 0
              ? Math.exp(first - m)
              : Math.exp(
                  logBetaUnchecked(alpha + x, beta + (z - x)) + logBetaUnchecked(gamma + 1, delta + z) - lab - m,
                );
          pab = psi(alpha + beta + z);
          pb = psi(beta + (z - x));
          pgd = psi(gamma + delta + 1 + z);
          pd = psi(delta + z);
        } else {
          const y = z - 1;
          const ab = alpha + beta + y;
          const bx = beta + (y - x);
          const gd = gamma + delta + 1 + y;
          const dy = delta + y;
          term *= (bx / ab) * (dy / gd);
          pab += 1 / ab;
          pb += 1 / bx;
          pgd += 1 / gd;
          pd += 1 / dy;
        }
        s += term;
        g0 += term * (psiAx - pab - dA0);
        g1 += term * (pb - pab - dB0);
        g2 += term * (psiG1 - pgd - dG0);
        g3 += term * (pd - pgd - dD0);
        if (term * (count - i - 1) <= TAIL * s) break;
      }
      total += w * (m + Math.log(s));
      gradient[0] = gradient[0]! + (w * g0) / s;
      gradient[1] = gradient[1]! + (w * g1) / s;
      gradient[2] = gradient[2]! + (w * g2) / s;
      gradient[3] = gradient[3]! + (w * g3) / s;
    }
    gradient[0] = gradient[0]! * alpha;
    gradient[1] = gradient[1]! * beta;
    gradient[2] = gradient[2]! * gamma;
    gradient[3] = gradient[3]! * delta;
    return Number.isFinite(total) ? total : Number.NaN;
  };
}
