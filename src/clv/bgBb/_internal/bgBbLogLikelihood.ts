// BG/BB log-likelihood (Fader, Hardie & Shang 2010, eq. 5) of one pattern (x, t_x, n):
//   L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
//     + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ),
// the first term for a customer alive through opportunity n, term i for one who dropped out at the start
// of opportunity t_x+i+1. Summed in log space (log-sum-exp), with the analytic gradient from
// ∂/∂a ln B(a, b) = ψ(a) − ψ(a+b): ∂ ln L = Σ_j w_j ∂ ln term_j with w_j = term_j / L.
import { digammaUnchecked as psi } from "../../../_lib/digammaUnchecked.ts";
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import type { BgBbCompressed } from "../../../_lib/readBgBbData.ts";

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
  let m = logBetaUnchecked(alpha + x, beta + (n - x)) + logBetaUnchecked(gamma, delta + n);
  let s = 1;
  for (let i = 0; i < n - tx; i++) {
    const t = logBetaUnchecked(alpha + x, beta + (tx - x + i)) + logBetaUnchecked(gamma + 1, delta + tx + i);
    if (t > m) {
      s = s * Math.exp(m - t) + 1;
      m = t;
    } else {
      s += Math.exp(t - m);
    }
  }
  return m + Math.log(s);
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
  let longest = 0;
  for (let k = 0; k < data.weight.length; k++) {
    longest = Math.max(longest, data.opportunities[k]! - data.recency[k]! + 1);
  }
  const terms = new Float64Array(longest);
  const grads = new Float64Array(4 * longest);
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
    const g = [0, 0, 0, 0];
    for (let k = 0; k < data.weight.length; k++) {
      const x = data.frequency[k]!;
      const tx = data.recency[k]!;
      const n = data.opportunities[k]!;
      const w = data.weight[k]!;
      const psiAx = psi(alpha + x);
      // Term 0: alive through n.
      {
        const pab = psi(alpha + beta + n);
        const pgd = psi(gamma + delta + n);
        terms[0] = logBetaUnchecked(alpha + x, beta + (n - x)) + logBetaUnchecked(gamma, delta + n) - lab;
        grads[0] = psiAx - pab - dA0;
        grads[1] = psi(beta + (n - x)) - pab - dB0;
        grads[2] = psiG - pgd - dG0;
        grads[3] = psi(delta + n) - pgd - dD0;
      }
      const count = n - tx + 1;
      for (let i = 0; i < count - 1; i++) {
        const j = i + 1;
        const pab = psi(alpha + beta + tx + i);
        const pgd = psi(gamma + delta + 1 + tx + i);
        terms[j] = logBetaUnchecked(alpha + x, beta + (tx - x + i)) + logBetaUnchecked(gamma + 1, delta + tx + i) - lab;
        grads[4 * j] = psiAx - pab - dA0;
        grads[4 * j + 1] = psi(beta + (tx - x + i)) - pab - dB0;
        grads[4 * j + 2] = psiG1 - pgd - dG0;
        grads[4 * j + 3] = psi(delta + tx + i) - pgd - dD0;
      }
      let m = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < count; j++) m = Math.max(m, terms[j]!);
      let s = 0;
      g.fill(0);
      for (let j = 0; j < count; j++) {
        const e = Math.exp(terms[j]! - m);
        s += e;
        for (let q = 0; q < 4; q++) g[q] = g[q]! + e * grads[4 * j + q]!;
      }
      total += w * (m + Math.log(s));
      for (let q = 0; q < 4; q++) gradient[q] = gradient[q]! + (w * g[q]!) / s;
    }
    gradient[0] = gradient[0]! * alpha;
    gradient[1] = gradient[1]! * beta;
    gradient[2] = gradient[2]! * gamma;
    gradient[3] = gradient[3]! * delta;
    return Number.isFinite(total) ? total : Number.NaN;
  };
}
