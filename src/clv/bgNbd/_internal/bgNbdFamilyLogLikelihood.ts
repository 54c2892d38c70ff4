// Shared log-likelihood of the beta-geometric/NBD family for compressed (x, t_x, T) data, in the
// log-parameters (ln r, ln α, ln a, ln b), with its analytic gradient. The BG/NBD (Fader, Hardie & Lee 2005,
// eq. 6) and the MBG/NBD (Batislam, Denizel & Filiztekin 2007, eq. 5) differ only in the number of dropout
// opportunities of a customer with x repeat purchases — x, or x + 1 when dropout is also possible at time 0:
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + m) − ln B(a, b) + ln(A₃ + δ_{m>0} A₄),   m = x + shift,
//   ln A₃ = −(r + x) ln(α + T),   ln A₄ = ln a − ln(b + m − 1) − (r + x) ln(α + t_x).
// Gradient (s₄ = A₄/(A₃ + A₄) as a logistic of the log difference, s₃ = 1 − s₄): see the model files.
// Terms in x only are computed once per distinct x, ln(α + T) once per distinct T; nothing overflows for
// heavy buyers or large parameters. Reuses its work buffers between calls.
import type { CountData } from "../../_internal/buildCountData.ts";
import { risingFactorialTerms } from "../../_internal/risingFactorialTerms.ts";

/**
 * The fused log-likelihood of the BG/NBD (`dropoutAtZero` false) or MBG/NBD (true) on compressed data:
 * total over customers, with its gradient in the log-parameters written into `gradient`. Returns NaN
 * (never throws) for non-finite parameters, so the optimiser can back off.
 *
 * @internal
 */
export function bgNbdFamilyLogLikelihood(
  data: CountData,
  dropoutAtZero: boolean,
): (logParams: Float64Array, gradient: Float64Array) => number {
  // Dropout opportunities of a customer with x repeat purchases: x (BG/NBD) or x + 1 (MBG/NBD, time 0 too).
  const shift = dropoutAtZero ? 1 : 0;
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
      const m = x + shift;
      if (m === 0) {
        // No dropout opportunity yet (BG/NBD, x = 0): the customer is alive, only A₃ remains.
        logA4[g] = Number.NEGATIVE_INFINITY;
        inverseB[g] = 0;
        continue;
      }
      const w = distinctFrequencyWeight[g]!;
      if (x > 0) {
        risingFactorialTerms(r, x, terms, 0);
        ll += w * terms[0]!;
        dr += w * terms[1]!;
      }
      risingFactorialTerms(b, m, terms, 2);
      risingFactorialTerms(a + b, m, terms, 4);
      ll += w * (terms[2]! - terms[4]!);
      da -= w * terms[5]!;
      db += w * (terms[3]! - terms[5]!);
      const bx = b + m - 1;
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
      const g = frequencyGroup[k]!;
      if (logA4[g] === Number.NEGATIVE_INFINITY) {
        ll -= w * rx * lnAT;
        dr -= w * lnAT;
        dAlpha -= w * rx * inverseAlphaT[tg]!;
        continue;
      }
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
