// BG/BB probability that a new customer transacts at exactly x of the first n opportunities (Fader, Hardie &
// Shang 2010, eq. 8):
//   P(X(n) = x) = C(n, x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
//               + Σ_{i=x}^{n−1} C(i, x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ),
// in log space (a running log-sum-exp). O(n). Summed over x = 0 … n it is 1; it is 0 for x > n.
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import { logGammaUnchecked } from "../../../_lib/logGammaUnchecked.ts";
import type { BgBbParams } from "../BgBbParams.ts";

function logChoose(n: number, k: number): number {
  return logGammaUnchecked(n + 1) - logGammaUnchecked(k + 1) - logGammaUnchecked(n - k + 1);
}

/**
 * P(X(n) = x) of the BG/BB (see the header) for valid parameters and integers x ≥ 0, n ≥ 0.
 *
 * @param params - α, β, γ, δ.
 * @param x - Number of transactions.
 * @param periods - Number of opportunities n.
 * @returns The probability in [0, 1] (0 for x > n).
 * @internal
 */
export function bgBbPurchaseCountProbability(params: BgBbParams, x: number, periods: number): number {
  if (x > periods) return 0;
  const { alpha, beta, gamma, delta } = params;
  const lab = logBetaUnchecked(alpha, beta) + logBetaUnchecked(gamma, delta);
  let m =
    logChoose(periods, x) +
    logBetaUnchecked(alpha + x, beta + (periods - x)) +
    logBetaUnchecked(gamma, delta + periods) -
    lab;
  let s = 1;
  for (let i = x; i < periods; i++) {
    const t =
      logChoose(i, x) + logBetaUnchecked(alpha + x, beta + (i - x)) + logBetaUnchecked(gamma + 1, delta + i) - lab;
    if (t > m) {
      s = s * Math.exp(m - t) + 1;
      m = t;
    } else {
      s += Math.exp(t - m);
    }
  }
  const p = Math.exp(m + Math.log(s));
  return Math.min(1, Math.max(0, p));
}
