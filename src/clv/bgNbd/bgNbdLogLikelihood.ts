// BG/NBD log-likelihood (Fader, Hardie & Lee 2005, "'Counting your customers' the easy way", Marketing
// Science 24(2), eq. 6) for one customer (x, t_x, T):
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b) + ln(A₃ + δ_{x>0} A₄),
//   ln A₃ = −(r + x) ln(α + T),   ln A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x),
// the log density of the customer's purchase times (no constant is dropped). Its gradient, derived by hand:
// with the shares s₄ = A₄/(A₃ + A₄), s₃ = 1 − s₄ (s₄ = 0 when x = 0),
//   ∂/∂r = ψ(r + x) − ψ(r) + ln α − s₃ ln(α + T) − s₄ ln(α + t_x)
//   ∂/∂α = r/α − (r + x) [s₃/(α + T) + s₄/(α + t_x)]
//   ∂/∂a = ψ(a + b) − ψ(a + b + x) + s₄/a
//   ∂/∂b = ψ(a + b) − ψ(a + b + x) + ψ(b + x) − ψ(b) − s₄/(b + x − 1)
// and ∂/∂ln θ = θ ∂/∂θ. Terms that depend only on x (gammas, digammas) are computed once per distinct x,
// ln(α + T) once per distinct T; the ratio of the two branches is taken as a logistic of their log
// difference, so nothing overflows for heavy buyers or large parameters.
import type { CountData } from "../../_lib/buildCountData.ts";
import { risingFactorialTerms } from "../../_lib/risingFactorialTerms.ts";

/**
 * The fused BG/NBD log-likelihood of compressed data, as a function of the log-parameters
 * (ln r, ln α, ln a, ln b): total over customers, and its gradient.
 *
 * @param data - The weighted triples.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   parameters overflow. Reuses its work buffers between calls (allocates only once).
 * @internal
 */
export function bgNbdLogLikelihood(data: CountData): (logParams: Float64Array, gradient: Float64Array) => number {
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
    // Terms in x only.
    for (let g = 0; g < groups; g++) {
      const x = distinctFrequency[g]!;
      if (x === 0) {
        logA4[g] = Number.NEGATIVE_INFINITY;
        inverseB[g] = 0;
        continue;
      }
      const w = distinctFrequencyWeight[g]!;
      risingFactorialTerms(r, x, terms, 0);
      risingFactorialTerms(b, x, terms, 2);
      risingFactorialTerms(a + b, x, terms, 4);
      ll += w * (terms[0]! + terms[2]! - terms[4]!);
      dr += w * terms[1]!;
      da -= w * terms[5]!;
      db += w * (terms[3]! - terms[5]!);
      const bx = b + x - 1;
      logA4[g] = lnA - Math.log(bx);
      inverseB[g] = 1 / bx;
    }
    for (let j = 0; j < distinctT.length; j++) {
      const s = alpha + distinctT[j]!;
      logAlphaT[j] = Math.log(s);
      inverseAlphaT[j] = 1 / s;
    }
    // Terms per triple.
    for (let k = 0; k < size; k++) {
      const w = weight[k]!;
      const x = frequency[k]!;
      const tg = TGroup[k]!;
      const lnAT = logAlphaT[tg]!;
      const rx = r + x;
      if (x === 0) {
        ll -= w * rx * lnAT;
        dr -= w * lnAT;
        dAlpha -= w * rx * inverseAlphaT[tg]!;
        continue;
      }
      const g = frequencyGroup[k]!;
      const atx = alpha + recency[k]!;
      const lnAtx = Math.log(atx);
      // d = ln A₄ − ln A₃; ln(A₃ + A₄) = ln A₃ + softplus(d); s₄ = logistic(d).
      const d = logA4[g]! + rx * (lnAT - lnAtx);
      const e = Math.exp(-Math.abs(d));
      const inverse = 1 / (1 + e);
      const s4 = d > 0 ? inverse : e * inverse;
      const logSum = Math.max(d, 0) + Math.log(1 + e); // e ≤ 1: absolute error ≤ ε, as log1p
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
