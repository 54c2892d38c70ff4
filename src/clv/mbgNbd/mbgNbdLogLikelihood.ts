// MBG/NBD log-likelihood (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison of
// models for customer base analysis", IJRM 24(3), eq. 5; as implemented in lifetimes'
// ModifiedBetaGeoFitter) for one customer (x, t_x, T):
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x + 1) − ln B(a, b) + A₃ + ln(1 + e^d),
//   A₃ = −(r + x) ln(α + T),   d = ln a − ln(b + x) + (r + x)(ln(α + T) − ln(α + t_x)),
// the log density of the purchase times (no constant dropped). Unlike the BG/NBD, the second branch
// (dropout after the last purchase, or at time 0) is present for x = 0 too. Gradient, by hand, with
// s₄ = logistic(d), s₃ = 1 − s₄:
//   ∂/∂r = ψ(r + x) − ψ(r) + ln α − s₃ ln(α + T) − s₄ ln(α + t_x)
//   ∂/∂α = r/α − (r + x) [s₃/(α + T) + s₄/(α + t_x)]
//   ∂/∂a = ψ(a + b) − ψ(a + b + x + 1) + s₄/a
//   ∂/∂b = ψ(a + b) − ψ(a + b + x + 1) + ψ(b + x + 1) − ψ(b) − s₄/(b + x)
// and ∂/∂ln θ = θ ∂/∂θ. The digamma differences are the sums Σ_{j<n} 1/(p + j) of risingFactorialTerms.
import type { CountData } from "../../_lib/buildCountData.ts";
import { risingFactorialTerms } from "../../_lib/risingFactorialTerms.ts";

/**
 * The fused MBG/NBD log-likelihood of compressed data, as a function of the log-parameters
 * (ln r, ln α, ln a, ln b): total over customers, and its analytic gradient.
 *
 * @param data - The weighted triples.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   parameters overflow.
 * @internal
 */
export function mbgNbdLogLikelihood(data: CountData): (logParams: Float64Array, gradient: Float64Array) => number {
  const { size, frequency, recency, weight, frequencyGroup, TGroup, distinctFrequency, distinctFrequencyWeight } = data;
  const distinctT = data.distinctT;
  const groups = distinctFrequency.length;
  const logA4 = new Float64Array(groups);
  const inverseB = new Float64Array(groups);
  const logAlphaT = new Float64Array(distinctT.length);
  const inverseAlphaT = new Float64Array(distinctT.length);
  const n = data.customers;
  const terms = new Float64Array(6);
  return (logParams, gradient) => {
    const r = Math.exp(logParams[0]!);
    const alpha = Math.exp(logParams[1]!);
    const a = Math.exp(logParams[2]!);
    const b = Math.exp(logParams[3]!);
    if (!(r < Number.POSITIVE_INFINITY && alpha < Number.POSITIVE_INFINITY && a < Number.POSITIVE_INFINITY)) {
      return Number.NaN;
    }
    if (!(b < Number.POSITIVE_INFINITY && r > 0 && alpha > 0 && a > 0 && b > 0)) return Number.NaN;
    const lnAlpha = logParams[1]!;
    const lnA = logParams[2]!;
    let ll = n * r * lnAlpha;
    let dr = n * lnAlpha;
    let dAlpha = (n * r) / alpha;
    let da = 0;
    let db = 0;
    for (let g = 0; g < groups; g++) {
      const x = distinctFrequency[g]!;
      const w = distinctFrequencyWeight[g]!;
      if (x > 0) {
        risingFactorialTerms(r, x, terms, 0);
        ll += w * terms[0]!;
        dr += w * terms[1]!;
      }
      risingFactorialTerms(b, x + 1, terms, 2);
      risingFactorialTerms(a + b, x + 1, terms, 4);
      ll += w * (terms[2]! - terms[4]!);
      da -= w * terms[5]!;
      db += w * (terms[3]! - terms[5]!);
      const bx = b + x;
      logA4[g] = lnA - Math.log(bx);
      inverseB[g] = 1 / bx;
    }
    for (let j = 0; j < distinctT.length; j++) {
      const s = alpha + distinctT[j]!;
      logAlphaT[j] = Math.log(s);
      inverseAlphaT[j] = 1 / s;
    }
    for (let k = 0; k < size; k++) {
      const w = weight[k]!;
      const x = frequency[k]!;
      const tg = TGroup[k]!;
      const lnAT = logAlphaT[tg]!;
      const rx = r + x;
      const g = frequencyGroup[k]!;
      const atx = alpha + recency[k]!;
      const lnAtx = Math.log(atx);
      const d = logA4[g]! + rx * (lnAT - lnAtx);
      const e = Math.exp(-Math.abs(d));
      const inverse = 1 / (1 + e);
      const s4 = d > 0 ? inverse : e * inverse;
      const logSum = Math.max(d, 0) + Math.log(1 + e);
      const s3 = 1 - s4;
      ll += w * (logSum - rx * lnAT);
      dr -= w * (s3 * lnAT + s4 * lnAtx);
      dAlpha -= w * rx * (s3 * inverseAlphaT[tg]! + s4 / atx);
      da += (w * s4) / a;
      db -= w * s4 * inverseB[g]!;
    }
    gradient[0] = r * dr;
    gradient[1] = alpha * dAlpha;
    gradient[2] = a * da;
    gradient[3] = b * db;
    return ll;
  };
}
