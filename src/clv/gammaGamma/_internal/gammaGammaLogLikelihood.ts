// Log-likelihood of the Gamma-Gamma spend model (Colombo & Jiang 1999; Fader, Hardie & Lee 2005, "RFM and
// CLV", eq. 1–3). A customer's x repeat values are i.i.d. Gamma(p, ν) and ν ~ Gamma(q, γ), so x·z̄ is
// Gamma(px, ν) given ν, and integrating ν out gives the density of the mean z̄:
//   f(z̄ | x) = Γ(px + q)/(Γ(px) Γ(q)) · γ^q · x^(px) z̄^(px − 1) / (γ + x z̄)^(px + q),
// whose logarithm, summed over customers, is the total log-likelihood (every constant included; lifetimes'
// GammaGammaFitter uses the same density). Terms that depend only on x (log-gammas, digammas, Σ ln z̄)
// are evaluated once per distinct x; each customer costs one logarithm and one division. Gradient in the
// log-parameters (ln p, ln q, ln γ), with L = ln(γ + x z̄):
//   ∂/∂p = Σ x[ψ(px + q) − ψ(px) + ln x + ln z̄ − L]
//   ∂/∂q = Σ [ψ(px + q) − ψ(q) + ln γ − L]
//   ∂/∂γ = Σ [q/γ − (px + q)/(γ + x z̄)]
// ln Γ(px + q) − ln Γ(px) and ψ(px + q) − ψ(px) are taken as differences of the unchecked functions; px
// and q are moderate on every data set (px < 1e6), where the cancellation costs less than 1e-10.
import { digammaUnchecked } from "../../../_lib/digammaUnchecked.ts";
import { logGammaUnchecked } from "../../../_lib/logGammaUnchecked.ts";
import type { SpendData } from "./readSpendData.ts";

/**
 * The total log-likelihood of the repeat customers' spend as a function of (ln p, ln q, ln γ), filling
 * `gradient` with its derivatives in those log-parameters; NaN where the parameters overflow.
 *
 * @param data - The repeat customers' (x, z̄), all > 0.
 * @returns The fused log-likelihood and gradient.
 * @internal
 */
export function gammaGammaLogLikelihood(data: SpendData): (logParams: Float64Array, gradient: Float64Array) => number {
  const { frequency: x, monetaryValue: z } = data;
  const n = x.length;
  const groupOf = new Map<number, number>();
  const distinct: number[] = [];
  const count: number[] = [];
  const sumLogZ: number[] = [];
  const group = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    let g = groupOf.get(xi);
    if (g === undefined) {
      g = distinct.length;
      groupOf.set(xi, g);
      distinct.push(xi);
      count.push(0);
      sumLogZ.push(0);
    }
    group[i] = g;
    count[g]! += 1;
    sumLogZ[g]! += Math.log(z[i]!);
  }
  const m = distinct.length;
  const dx = Float64Array.from(distinct);
  const dc = Float64Array.from(count);
  const ds = Float64Array.from(sumLogZ);
  const logX = Float64Array.from(distinct, Math.log);
  return (logParams, gradient) => {
    const p = Math.exp(logParams[0]!);
    const q = Math.exp(logParams[1]!);
    const gamma = Math.exp(logParams[2]!);
    const logGamma = Math.log(gamma);
    let ll = n * (q * logGamma - logGammaUnchecked(q));
    let dp = 0;
    let dq = n * (logGamma - digammaUnchecked(q));
    let dg = (n * q) / gamma;
    for (let g = 0; g < m; g++) {
      const xg = dx[g]!;
      const px = p * xg;
      const c = dc[g]!;
      const psiSum = digammaUnchecked(px + q);
      ll += c * (logGammaUnchecked(px + q) - logGammaUnchecked(px) + px * logX[g]!) + (px - 1) * ds[g]!;
      dp += xg * (c * (psiSum - digammaUnchecked(px) + logX[g]!) + ds[g]!);
      dq += c * psiSum;
    }
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const s = gamma + xi * z[i]!;
      const l = Math.log(s);
      const shape = p * xi + q;
      ll -= shape * l;
      dp -= xi * l;
      dq -= l;
      dg -= shape / s;
    }
    gradient[0] = p * dp;
    gradient[1] = q * dq;
    gradient[2] = gamma * dg;
    return Number.isFinite(ll) ? ll : Number.NaN;
  };
}
