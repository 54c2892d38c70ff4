// Pareto/NBD log-likelihood (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note 009, eq. 22)
// for one customer (x, t_x, T), with A₀ as in paretoNbdLogA0.ts:
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + s ln β
//          + ln[ (α + T)^(−(r+x)) (β + T)^(−s) + s/(r + s + x) · A₀ ],
// the log density of the purchase times (no constant dropped), the bracket as a log-sum-exp of its two
// logarithms. The gradient ∂ln L/∂ln θ is NOT analytic (the derivatives of ₂F₁ in its parameters have no
// closed form): it is the fourth-order central difference
//   g ≈ [8 (f(φ + h) − f(φ − h)) − (f(φ + 2h) − f(φ − 2h))] / (12 h),   h = 10⁻³ in each ln θ,
// of the total on the compressed data, whose truncation error is O(h⁴) (about 10⁻¹² relative) and rounding
// error about ε |ln L| / h; if a side is not finite it falls back to the second-order difference with h, then
// to a one-sided one.
import type { CountData } from "../../_lib/buildCountData.ts";
import { logAddExpUnchecked } from "../../_lib/logAddExpUnchecked.ts";
import { risingFactorialTerms } from "../../_lib/risingFactorialTerms.ts";
import { paretoNbdLogA0 } from "./paretoNbdLogA0.ts";

const STEP = 1e-3;

/**
 * The total Pareto/NBD log-likelihood of compressed data at the log-parameters (ln r, ln α, ln s, ln β).
 *
 * @param data - The weighted triples.
 * @returns `logParams ↦ ln L`; NaN where it cannot be evaluated.
 * @internal
 */
export function paretoNbdLogLikelihoodValue(data: CountData): (logParams: Float64Array) => number {
  const { size, frequency, recency, T, weight, distinctFrequency, distinctFrequencyWeight } = data;
  const n = data.customers;
  const terms = new Float64Array(2);
  const sign = new Float64Array(1);
  return (logParams) => {
    const r = Math.exp(logParams[0]!);
    const alpha = Math.exp(logParams[1]!);
    const s = Math.exp(logParams[2]!);
    const beta = Math.exp(logParams[3]!);
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return Number.NaN;
    if (!(r < Number.POSITIVE_INFINITY && alpha < Number.POSITIVE_INFINITY)) return Number.NaN;
    if (!(s < Number.POSITIVE_INFINITY && beta < Number.POSITIVE_INFINITY)) return Number.NaN;
    const lnS = logParams[2]!;
    let ll = n * (r * logParams[1]! + s * logParams[3]!);
    for (let g = 0; g < distinctFrequency.length; g++) {
      const x = distinctFrequency[g]!;
      if (x === 0) continue;
      risingFactorialTerms(r, x, terms, 0);
      ll += distinctFrequencyWeight[g]! * terms[0]!;
    }
    for (let k = 0; k < size; k++) {
      const x = frequency[k]!;
      const t = T[k]!;
      const tx = recency[k]!;
      const logFirst = -(r + x) * Math.log(alpha + t) - s * Math.log(beta + t);
      const logA0 = paretoNbdLogA0(r, alpha, s, beta, x, tx, t, sign);
      ll += weight[k]! * logAddExpUnchecked(logFirst, lnS - Math.log(r + s + x) + logA0);
    }
    return ll;
  };
}

/**
 * The total Pareto/NBD log-likelihood of compressed data and its numerical gradient (see the header).
 *
 * @param data - The weighted triples.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   likelihood cannot be evaluated.
 * @internal
 */
export function paretoNbdLogLikelihood(data: CountData): (logParams: Float64Array, gradient: Float64Array) => number {
  const value = paretoNbdLogLikelihoodValue(data);
  const work = new Float64Array(4);
  const at = (i: number, v: number): number => {
    const saved = work[i]!;
    work[i] = v;
    const f = value(work);
    work[i] = saved;
    return f;
  };
  return (logParams, gradient) => {
    const f0 = value(logParams);
    if (!Number.isFinite(f0)) return Number.NaN;
    work.set(logParams);
    for (let i = 0; i < 4; i++) {
      const p = logParams[i]!;
      const plus1 = at(i, p + STEP);
      const minus1 = at(i, p - STEP);
      const plus2 = at(i, p + 2 * STEP);
      const minus2 = at(i, p - 2 * STEP);
      if (Number.isFinite(plus1 + minus1 + plus2 + minus2)) {
        gradient[i] = (8 * (plus1 - minus1) - (plus2 - minus2)) / (12 * STEP);
      } else if (Number.isFinite(plus1 + minus1)) {
        gradient[i] = (plus1 - minus1) / (2 * STEP);
      } else if (Number.isFinite(plus1)) {
        gradient[i] = (plus1 - f0) / STEP;
      } else if (Number.isFinite(minus1)) {
        gradient[i] = (f0 - minus1) / STEP;
      } else {
        return Number.NaN;
      }
    }
    return f0;
  };
}
