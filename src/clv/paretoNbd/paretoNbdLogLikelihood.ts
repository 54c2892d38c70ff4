// Pareto/NBD log-likelihood (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note 009, eq. 22)
// for one customer (x, t_x, T), with A₀ as in paretoNbdLogA0.ts:
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + s ln β
//          + ln[ (α + T)^(−(r+x)) (β + T)^(−s) + s/(r + s + x) · A₀ ],
// the log density of the purchase times (no constant dropped), the bracket as a log-sum-exp of its two
// logarithms. paretoNbdLogLikelihoodValue evaluates it with the general ₂F₁ (paretoNbdLogA0).
//
// paretoNbdLogLikelihood returns the value and the ANALYTIC gradient in one pass. A₀ = e^(e₁) − e^(e₂) with
//   e(t) = ln F(m, b; z(t)) − m ln(p + t),   F(a, b; z) = ₂F₁(a, b; a + 1; z),   m = r + s + x,
// (p, b, z) = (α, s + 1, (α − β)/(α + t)) if α ≥ β, else (β, r + x, (β − α)/(β + t)). hyp2f1UnitShiftSeries
// gives F, ∂F/∂a, ∂F/∂b, ∂F/∂z from one series, so (with ∂m/∂r = ∂m/∂s = 1)
//   α ≥ β:  ∂e/∂r = F_a/F − ln(α + t),  ∂e/∂s = (F_a + F_b)/F − ln(α + t),
//           ∂e/∂α = F_z/F · (β + t)/(α + t)² − m/(α + t),  ∂e/∂β = −F_z/F/(α + t);
//   α < β:  ∂e/∂r = (F_a + F_b)/F − ln(β + t),  ∂e/∂s = F_a/F − ln(β + t),
//           ∂e/∂β = F_z/F · (α + t)/(β + t)² − m/(β + t),  ∂e/∂α = −F_z/F/(β + t);
// ∂ ln A₀ = (∂e₁ − ρ ∂e₂)/(1 − ρ) with ρ = e^(e₂ − e₁) < 1, and the bracket's gradient is the softmax-weighted
// mean of the gradients of its two logarithms. ln Γ(r + x) − ln Γ(r) and ψ(r + x) − ψ(r) are taken once per
// distinct x, ln(α + T) and ln(β + T) once per distinct T, e(T) once per distinct (x, T). Where the
// series is not used (z > 0.9, or a very large b z/(1 − z); see hyp2f1UnitShiftSeries), that customer's
// bracket is differentiated numerically instead: fourth-order central differences with step 10⁻³ in each ln θ of its value from
// paretoNbdLogA0 (truncation about 10⁻¹² relative).
import type { CountData } from "../../_lib/buildCountData.ts";
import { hyp2f1UnitShiftSeries } from "../../_lib/hyp2f1UnitShiftSeries.ts";
import { logAddExpUnchecked } from "../../_lib/logAddExpUnchecked.ts";
import { logDiffExpUnchecked } from "../../_lib/logDiffExpUnchecked.ts";
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

/** ln[(α + T)^(−(r+x)) (β + T)^(−s) + s/(r + s + x) · A₀] of one customer, from the general ₂F₁. */
function logBracket(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  sign: Float64Array,
): number {
  const logFirst = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const logA0 = paretoNbdLogA0(r, alpha, s, beta, x, tx, T, sign);
  return logAddExpUnchecked(logFirst, Math.log(s / (r + s + x)) + logA0);
}

/**
 * Writes e(t) = ln F(m, b; z(t)) − m ln(p + t) to `out[at]` and ∂e/∂(r, α, s, β) to `out[at + 1..4]` (see the
 * header); returns false where the series is not used.
 */
function edge(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  t: number,
  f: Float64Array,
  out: Float64Array,
  at: number,
): boolean {
  const m = r + s + x;
  if (alpha >= beta) {
    const pt = alpha + t;
    if (!hyp2f1UnitShiftSeries(m, s + 1, (alpha - beta) / pt, f)) return false;
    const F = f[0]!;
    const fa = f[1]! / F;
    const fz = f[3]! / F;
    const lp = Math.log(pt);
    out[at + 0] = Math.log(F) - m * lp;
    out[at + 1] = fa - lp;
    out[at + 2] = (fz * (beta + t)) / (pt * pt) - m / pt;
    out[at + 3] = fa + f[2]! / F - lp;
    out[at + 4] = -fz / pt;
  } else {
    const pt = beta + t;
    if (!hyp2f1UnitShiftSeries(m, r + x, (beta - alpha) / pt, f)) return false;
    const F = f[0]!;
    const fa = f[1]! / F;
    const fz = f[3]! / F;
    const lp = Math.log(pt);
    out[at + 0] = Math.log(F) - m * lp;
    out[at + 1] = fa + f[2]! / F - lp;
    out[at + 2] = -fz / pt;
    out[at + 3] = fa - lp;
    out[at + 4] = (fz * (alpha + t)) / (pt * pt) - m / pt;
  }
  return true;
}

/**
 * The total Pareto/NBD log-likelihood of compressed data and its analytic gradient (see the header).
 *
 * @param data - The weighted triples.
 * @returns `(logParams, gradient) => ln L`, filling `gradient` with ∂ ln L/∂ ln θ; NaN where the
 *   likelihood cannot be evaluated.
 * @internal
 */
export function paretoNbdLogLikelihood(data: CountData): (logParams: Float64Array, gradient: Float64Array) => number {
  const { size, frequency, recency, T, weight, distinctFrequency, distinctFrequencyWeight, TGroup, distinctT } = data;
  const n = data.customers;
  const terms = new Float64Array(2);
  const sign = new Float64Array(1);
  const f = new Float64Array(4);
  const e1 = new Float64Array(5);
  // e(T) depends only on (x, T): computed once per distinct pair in each evaluation.
  const nT = distinctT.length;
  const pairOf = new Uint32Array(size);
  const pairIndex = new Map<number, number>();
  const pairX: number[] = [];
  const pairT: number[] = [];
  for (let k = 0; k < size; k++) {
    const key = data.frequencyGroup[k]! * nT + TGroup[k]!;
    let p = pairIndex.get(key);
    if (p === undefined) {
      p = pairX.length;
      pairIndex.set(key, p);
      pairX.push(frequency[k]!);
      pairT.push(T[k]!);
    }
    pairOf[k] = p;
  }
  const e2 = new Float64Array(5 * pairX.length);
  const pairOk = new Uint8Array(pairX.length);
  const logAlphaT = new Float64Array(distinctT.length);
  const logBetaT = new Float64Array(distinctT.length);
  const g = new Float64Array(4);
  const theta = new Float64Array(4);
  return (logParams, gradient) => {
    const r = Math.exp(logParams[0]!);
    const alpha = Math.exp(logParams[1]!);
    const s = Math.exp(logParams[2]!);
    const beta = Math.exp(logParams[3]!);
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return Number.NaN;
    if (!(r < Number.POSITIVE_INFINITY && alpha < Number.POSITIVE_INFINITY)) return Number.NaN;
    if (!(s < Number.POSITIVE_INFINITY && beta < Number.POSITIVE_INFINITY)) return Number.NaN;
    theta[0] = r;
    theta[1] = alpha;
    theta[2] = s;
    theta[3] = beta;
    const lnS = logParams[2]!;
    let ll = n * (r * logParams[1]! + s * logParams[3]!);
    g[0] = n * logParams[1]!;
    g[1] = (n * r) / alpha;
    g[2] = n * logParams[3]!;
    g[3] = (n * s) / beta;
    for (let k = 0; k < distinctFrequency.length; k++) {
      const x = distinctFrequency[k]!;
      if (x === 0) continue;
      risingFactorialTerms(r, x, terms, 0);
      ll += distinctFrequencyWeight[k]! * terms[0]!;
      g[0] += distinctFrequencyWeight[k]! * terms[1]!;
    }
    for (let k = 0; k < distinctT.length; k++) {
      logAlphaT[k] = Math.log(alpha + distinctT[k]!);
      logBetaT[k] = Math.log(beta + distinctT[k]!);
    }
    for (let p = 0; p < pairX.length; p++) {
      pairOk[p] = edge(r, alpha, s, beta, pairX[p]!, pairT[p]!, f, e2, 5 * p) ? 1 : 0;
    }
    for (let k = 0; k < size; k++) {
      const x = frequency[k]!;
      const t = T[k]!;
      const tx = recency[k]!;
      const w = weight[k]!;
      const la = logAlphaT[TGroup[k]!]!;
      const lb = logBetaT[TGroup[k]!]!;
      const rx = r + x;
      const logFirst = -rx * la - s * lb;
      if (tx === t) {
        ll += w * logFirst;
        g[0] -= w * la;
        g[1] -= (w * rx) / (alpha + t);
        g[2] -= w * lb;
        g[3] -= (w * s) / (beta + t);
        continue;
      }
      const o = 5 * pairOf[k]!;
      if (!(pairOk[pairOf[k]!] === 1 && edge(r, alpha, s, beta, x, tx, f, e1, 0))) {
        const value = logBracket(r, alpha, s, beta, x, tx, t, sign);
        if (!Number.isFinite(value)) return Number.NaN;
        ll += w * value;
        for (let i = 0; i < 4; i++) {
          const slope = bracketSlope(theta, i, x, tx, t, sign);
          if (!Number.isFinite(slope)) return Number.NaN;
          g[i] = g[i]! + (w * slope) / theta[i]!;
        }
        continue;
      }
      const m = r + s + x;
      const logA0 = logDiffExpUnchecked(e1[0]!, e2[o]!);
      if (!(logA0 > Number.NEGATIVE_INFINITY)) {
        // t_x so close to T that A₀ rounds to 0: the bracket is its first term.
        ll += w * logFirst;
        g[0] -= w * la;
        g[1] -= (w * rx) / (alpha + t);
        g[2] -= w * lb;
        g[3] -= (w * s) / (beta + t);
        continue;
      }
      const rho = Math.exp(e2[o]! - e1[0]!);
      const inv = 1 / (1 - rho);
      const logSecond = lnS - Math.log(m) + logA0;
      const bracket = logAddExpUnchecked(logFirst, logSecond);
      ll += w * bracket;
      // Softmax weights of the two terms.
      const w2 = w * Math.exp(logSecond - bracket);
      const w1 = w * Math.exp(logFirst - bracket);
      g[0] += w1 * -la + w2 * (-1 / m + (e1[1]! - rho * e2[o + 1]!) * inv);
      g[1] += (w1 * -rx) / (alpha + t) + w2 * ((e1[2]! - rho * e2[o + 2]!) * inv);
      g[2] += w1 * -lb + w2 * (1 / s - 1 / m + (e1[3]! - rho * e2[o + 3]!) * inv);
      g[3] += (w1 * -s) / (beta + t) + w2 * ((e1[4]! - rho * e2[o + 4]!) * inv);
    }
    if (!Number.isFinite(ll)) return Number.NaN;
    for (let i = 0; i < 4; i++) gradient[i] = g[i]! * theta[i]!;
    return ll;
  };
}

/**
 * ∂/∂ ln θᵢ of one customer's log-bracket by fourth-order central differences (step 10⁻³), for the
 * customers where the series is not used; NaN if a side is not finite.
 */
function bracketSlope(theta: Float64Array, i: number, x: number, tx: number, T: number, sign: Float64Array): number {
  const at = (h: number): number => {
    const p = (j: number): number => (j === i ? theta[j]! * Math.exp(h) : theta[j]!);
    return logBracket(p(0), p(1), p(2), p(3), x, tx, T, sign);
  };
  const plus1 = at(STEP);
  const minus1 = at(-STEP);
  const plus2 = at(2 * STEP);
  const minus2 = at(-2 * STEP);
  return (8 * (plus1 - minus1) - (plus2 - minus2)) / (12 * STEP);
}
