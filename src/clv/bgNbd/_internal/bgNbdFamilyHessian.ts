// The analytic Hessian of the BG/NBD and MBG/NBD log-likelihood (bgNbdFamilyLogLikelihood.ts) in the
// log-parameters φ = ln θ, θ = (r, α, a, b), for the standard errors: one pass over the triples, no
// transcendental call beyond the likelihood's own (two logarithms and an exponential per triple), where
// differences of the gradient cost k = 4 passes. With m = x + shift, rx = r + x, L_T = ln(α + T),
// L_t = ln(α + t_x), d = ln a − ln(b + m − 1) + rx (L_T − L_t) and s₄ = 1/(1 + e^(−d)), a triple with m > 0
// contributes w [softplus(d) − rx L_T], whose Hessian in θ is
//   s₄(1 − s₄) ∇d ∇dᵀ + s₄ ∇²d − ∇²(rx L_T),
//   ∇d = (L_T − L_t, rx (1/(α + T) − 1/(α + t_x)), 1/a, −1/(b + m − 1)),
//   ∇²d: ∂rα = 1/(α + T) − 1/(α + t_x), ∂αα = rx (1/(α + t_x)² − 1/(α + T)²), ∂aa = −1/a², ∂bb = 1/(b + m − 1)²,
//   ∇²(rx L_T): ∂rα = 1/(α + T), ∂αα = −rx/(α + T)²;
// a triple with m = 0 (BG/NBD, x = 0) only −w r L_T. The terms in x: n r ln α (∂rα = n/α, ∂αα = −n r/α²),
// ln (r)ₓ (∂rr = −Q(r, x)) and ln (b)ₘ − ln (a + b)ₘ (∂aa = ∂ab = Q(a + b, m), ∂bb = Q(a + b, m) − Q(b, m)),
// with Q(p, n) = Σ_{j<n} 1/(p + j)² = ψ′(p) − ψ′(p + n). Then H_φ = diag(θ) H_θ diag(θ) + diag(θ ∘ ∇_θ ln L).

import { trigamma } from "../../../math/trigamma.ts";
import type { CountData } from "../../_internal/buildCountData.ts";
import { digammaDifference } from "../../_internal/digammaDifference.ts";

/** Up to this n, Q(p, n) is summed; beyond, ψ′(p) − ψ′(p + n). */
const SUM_LIMIT = 64;

/** Q(p, n) = Σ_{j<n} 1/(p + j)² (see the header). */
function squaredReciprocalSum(p: number, n: number): number {
  if (n > SUM_LIMIT) return trigamma(p) - trigamma(p + n);
  let q = 0;
  for (let j = 0; j < n; j++) q += 1 / ((p + j) * (p + j));
  return q;
}

/**
 * The Hessian of the BG/NBD (`dropoutAtZero` false) or MBG/NBD (true) log-likelihood of compressed data in
 * the log-parameters (see the header).
 *
 * @param data - The weighted triples.
 * @param dropoutAtZero - Whether a customer may drop out at time 0 (MBG/NBD).
 * @returns `(logParams) => H`, the 4 × 4 Hessian of ln L in (ln r, ln α, ln a, ln b), or null where it is
 *   not finite.
 * @internal
 */
export function bgNbdFamilyHessian(
  data: CountData,
  dropoutAtZero: boolean,
): (logParams: Float64Array) => number[][] | null {
  const shift = dropoutAtZero ? 1 : 0;
  const { size, frequency, recency, T, weight, frequencyGroup, distinctFrequency, distinctFrequencyWeight } = data;
  const n = data.customers;
  return (logParams) => {
    const r = Math.exp(logParams[0]!);
    const alpha = Math.exp(logParams[1]!);
    const a = Math.exp(logParams[2]!);
    const b = Math.exp(logParams[3]!);
    for (const v of [r, alpha, a, b]) if (!(v > 0 && v < Number.POSITIVE_INFINITY)) return null;
    const lnA = logParams[2]!;
    // Gradient (θ) and Hessian (θ, upper triangle) accumulators.
    let gr = n * logParams[1]!;
    let ga = (n * r) / alpha;
    let gA = 0;
    let gB = 0;
    let hrr = 0;
    let hra = n / alpha;
    let haa = (-n * r) / (alpha * alpha);
    let hrA = 0;
    let hrB = 0;
    let haA = 0;
    let haB = 0;
    let hAA = 0;
    let hAB = 0;
    let hBB = 0;
    const groups = distinctFrequency.length;
    const logA4 = new Float64Array(groups);
    const inverseB = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
      const x = distinctFrequency[g]!;
      const m = x + shift;
      const w = distinctFrequencyWeight[g]!;
      gr += w * digammaDifference(r, x);
      hrr -= w * squaredReciprocalSum(r, x);
      if (m === 0) {
        logA4[g] = Number.NEGATIVE_INFINITY;
        continue;
      }
      const db = digammaDifference(b, m);
      const dab = digammaDifference(a + b, m);
      gA -= w * dab;
      gB += w * (db - dab);
      const qab = squaredReciprocalSum(a + b, m);
      hAA += w * qab;
      hAB += w * qab;
      hBB += w * (qab - squaredReciprocalSum(b, m));
      const bx = b + m - 1;
      logA4[g] = lnA - Math.log(bx);
      inverseB[g] = 1 / bx;
    }
    for (let k = 0; k < size; k++) {
      const w = weight[k]!;
      const x = frequency[k]!;
      const g = frequencyGroup[k]!;
      const rx = r + x;
      const aT = alpha + T[k]!;
      const lT = Math.log(aT);
      const iT = 1 / aT;
      gr -= w * lT;
      ga -= w * rx * iT;
      hra -= w * iT;
      haa += w * rx * iT * iT;
      if (logA4[g] === Number.NEGATIVE_INFINITY) continue;
      const at = alpha + recency[k]!;
      const lt = Math.log(at);
      const it = 1 / at;
      const d = logA4[g]! + rx * (lT - lt);
      const e = Math.exp(-Math.abs(d));
      const s4 = d > 0 ? 1 / (1 + e) : e / (1 + e);
      const v = w * s4 * (1 - s4);
      const ib = inverseB[g]!;
      const Dr = lT - lt;
      const Da = rx * (iT - it);
      const DA = 1 / a;
      const DB = -ib;
      const ws = w * s4;
      gr += ws * Dr;
      ga += ws * Da;
      gA += ws * DA;
      gB += ws * DB;
      hrr += v * Dr * Dr;
      hra += v * Dr * Da + ws * (iT - it);
      haa += v * Da * Da + ws * rx * (it * it - iT * iT);
      hrA += v * Dr * DA;
      hrB += v * Dr * DB;
      haA += v * Da * DA;
      haB += v * Da * DB;
      hAA += v * DA * DA - ws * DA * DA;
      hAB += v * DA * DB;
      hBB += v * DB * DB + ws * ib * ib;
    }
    const theta = [r, alpha, a, b];
    const grad = [gr, ga, gA, gB];
    const ht = [
      [hrr, hra, hrA, hrB],
      [hra, haa, haA, haB],
      [hrA, haA, hAA, hAB],
      [hrB, haB, hAB, hBB],
    ];
    const out: number[][] = [];
    for (let i = 0; i < 4; i++) {
      const row: number[] = [];
      for (let j = 0; j < 4; j++) {
        const v = theta[i]! * theta[j]! * ht[i]![j]! + (i === j ? theta[i]! * grad[i]! : 0);
        if (!Number.isFinite(v)) return null;
        row.push(v);
      }
      out.push(row);
    }
    return out;
  };
}
