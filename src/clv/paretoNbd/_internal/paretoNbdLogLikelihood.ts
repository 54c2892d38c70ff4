// Pareto/NBD log-likelihood (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note 009, eq. 22)
// for one customer (x, t_x, T), with A₀ as in paretoNbdLogA0.ts:
//   ln L = ln Γ(r + x) − ln Γ(r) + r ln α + s ln β
//          + ln[ (α + T)^(−(r+x)) (β + T)^(−s) + s/(r + s + x) · A₀ ],
// the log density of the purchase times (no constant dropped), the bracket as a log-sum-exp of its two
// logarithms. paretoNbdLogLikelihoodValue evaluates it with paretoNbdLogA0 (value only).
//
// paretoNbdLogLikelihood returns the value and the ANALYTIC gradient in one pass. A₀ = e^(e₁) − e^(e₂) with
//   e(t) = ln F(m, b; z(t)) − m ln(p + t),   F(a, b; z) = ₂F₁(a, b; a + 1; z),   m = r + s + x,
// (p, b, z) = (α, s + 1, (α − β)/(α + t)) if α ≥ β, else (β, r + x, (β − α)/(β + t)). logHyp2f1UnitShiftSeries
// gives ln F and its derivatives ∂a, ∂b, ∂z from one series of positive terms (Euler's transformation, given
// a + 1 − b = r + x or s + 1 and 1 − z exactly), so (with ∂m/∂r = ∂m/∂s = 1)
//   α ≥ β:  ∂e/∂r = ∂a − ln(α + t),  ∂e/∂s = ∂a + ∂b − ln(α + t),
//           ∂e/∂α = ∂z · (β + t)/(α + t)² − m/(α + t),  ∂e/∂β = −∂z/(α + t);
//   α < β:  ∂e/∂r = ∂a + ∂b − ln(β + t),  ∂e/∂s = ∂a − ln(β + t),
//           ∂e/∂β = ∂z · (α + t)/(β + t)² − m/(β + t),  ∂e/∂α = −∂z/(β + t).
// With ρ = e^(e₂ − e₁) < 1 (1 − ρ by expm1 where ρ > ½), X = −(r + x) ln(α + T) − s ln(β + T) and
// Y = ln(s/m) + e₁, the bracket is e^X + e^Y (1 − ρ), a sum of two positive terms taken as
// M + ln(e^(X−M) + e^(Y−M)(1 − ρ)), M = max(X, Y); its gradient is the share-weighted mean of ∂X and of
// ∂Y + ∂ ln(1 − ρ), with (1 − ρ) ∂ ln A₀ = ∂e₁ − ρ ∂e₂, so no division by 1 − ρ is needed.
// Shared work: ln Γ(r + x) − ln Γ(r), ψ(r + x) − ψ(r), ln(r + s + x) and 1/(r + s + x) once per distinct x;
// ln(α + T), ln(β + T) and their reciprocals once per distinct T; e(T) and its gradient once per distinct
// (x, T); e(0) once per distinct x among the customers with t_x = 0 (all those without repeat purchases);
// and the last point's value and gradient are kept, since an optimiser often asks for the same point twice.
// Where the series is not used (z within about 2% of 1 with a small b, more than 2000 terms; see
// logHyp2f1UnitShiftSeries), that customer's ln A₀ and its gradient come from one quadrature pass of the
// integral A₀ = m ∫ (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ over [t_x, T] (paretoNbdLogA0GradientByQuadrature),
// which bounds the work of one customer whatever the parameters: at most 2 series of 2000 terms and one
// quadrature of at most 50 + log₁.₅((α + T)/(α + t_x)) + log₁.₅((β + T)/(β + t_x)) 16-point panels (it used
// to be 16 more evaluations of ln A₀ for fourth-order differences, each retrying the series first: one
// evaluation on 100,000 customers at β = 1000 took 11 s, at r = s = 0.05, α = 0.01, β = 10⁴ 58 s).

import { logAddExpUnchecked } from "../../../_lib/logAddExpUnchecked.ts";
import type { CountData } from "../../_internal/buildCountData.ts";
import { risingFactorialTerms } from "../../_internal/risingFactorialTerms.ts";
import { logHyp2f1UnitShiftSeries } from "./logHyp2f1UnitShiftSeries.ts";
import { gaussLegendre16 } from "./paretoNbdDiscountedAliveTime.ts";
import { paretoNbdLogA0 } from "./paretoNbdLogA0.ts";
import { paretoNbdLogA0GradientByQuadrature } from "./paretoNbdLogA0ByQuadrature.ts";

/** Writes θ = (r, α, s, β) = exp(logParams) to `theta`; false unless each is finite and > 0. */
function fillTheta(logParams: Float64Array, theta: Float64Array): boolean {
  let ok = true;
  for (let i = 0; i < 4; i++) {
    const v = Math.exp(logParams[i]!);
    theta[i] = v;
    ok = ok && v > 0 && v < Number.POSITIVE_INFINITY;
  }
  return ok;
}

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
  const theta = new Float64Array(4);
  return (logParams) => {
    if (!fillTheta(logParams, theta)) return Number.NaN;
    const r = theta[0]!;
    const alpha = theta[1]!;
    const s = theta[2]!;
    const beta = theta[3]!;
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
      ll += weight[k]! * logBracket(r, alpha, s, beta, x, tx, t);
    }
    return ll;
  };
}

/** ln[(α + T)^(−(r+x)) (β + T)^(−s) + s/(r + s + x) · A₀] of one customer, A₀ from paretoNbdLogA0. */
function logBracket(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const logFirst = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const logA0 = paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
  return logAddExpUnchecked(logFirst, Math.log(s / (r + s + x)) + logA0);
}

/**
 * Writes e(t) = ln F(m, b; z(t)) − m ln(p + t) to `out[at]` and ∂e/∂(r, α, s, β) to `out[at + 1..4]` (see the
 * header); returns false where the series is not used. `lp` is ln(p + t) if known, else NaN.
 */
function edge(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  t: number,
  lp: number,
  f: Float64Array,
  out: Float64Array,
  at: number,
): boolean {
  const m = r + s + x;
  if (alpha >= beta) {
    const pt = alpha + t;
    if (!logHyp2f1UnitShiftSeries(m, s + 1, r + x, (alpha - beta) / pt, (beta + t) / pt, f)) return false;
    const fa = f[1]!;
    const fz = f[3]!;
    if (Number.isNaN(lp)) lp = Math.log(pt);
    out[at + 0] = f[0]! - m * lp;
    out[at + 1] = fa - lp;
    const ip = 1 / pt;
    out[at + 2] = (fz * (beta + t) * ip - m) * ip;
    out[at + 3] = fa + f[2]! - lp;
    out[at + 4] = -fz * ip;
  } else {
    const pt = beta + t;
    if (!logHyp2f1UnitShiftSeries(m, r + x, s + 1, (beta - alpha) / pt, (alpha + t) / pt, f)) return false;
    const fa = f[1]!;
    const fz = f[3]!;
    if (Number.isNaN(lp)) lp = Math.log(pt);
    out[at + 0] = f[0]! - m * lp;
    out[at + 1] = fa + f[2]! - lp;
    const ip = 1 / pt;
    out[at + 2] = -fz * ip;
    out[at + 3] = fa - lp;
    out[at + 4] = (fz * (alpha + t) * ip - m) * ip;
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
  const f = new Float64Array(4);
  const atTx = new Float64Array(5);
  // e(T) depends only on (x, T): computed once per distinct pair in each evaluation.
  // Open addressing on (x group, T group) (a Map with number keys costs ~1 µs an entry); with a T group per
  // triple (continuous T) every pair is a triple: no table, and the triples' own arrays serve.
  const everyTOwn = distinctT.length === size;
  const pairOf = new Uint32Array(size);
  let pairX: Float64Array = frequency;
  let pairT: Float64Array = T;
  let pairTGroup: Uint32Array = TGroup;
  let pairCount = size;
  if (everyTOwn) {
    for (let k = 0; k < size; k++) pairOf[k] = k;
  } else {
    pairX = new Float64Array(size);
    pairT = new Float64Array(size);
    pairTGroup = new Uint32Array(size);
    const pairXGroup = new Uint32Array(size);
    pairCount = 0;
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    const mask = capacity - 1;
    const table = new Int32Array(capacity).fill(-1);
    for (let k = 0; k < size; k++) {
      const xg = data.frequencyGroup[k]!;
      const tg = TGroup[k]!;
      let slot = (Math.imul(xg, 0x9e3779b1) ^ Math.imul(tg, 0x85ebca77)) >>> 0;
      slot = (slot ^ (slot >>> 15)) & mask;
      for (;;) {
        const j = table[slot]!;
        if (j < 0) {
          table[slot] = pairCount;
          pairX[pairCount] = frequency[k]!;
          pairT[pairCount] = T[k]!;
          pairTGroup[pairCount] = tg;
          pairXGroup[pairCount] = xg;
          pairOf[k] = pairCount++;
          break;
        }
        if (pairXGroup[j] === xg && pairTGroup[j] === tg) {
          pairOf[k] = j;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  // e(0), the first term of every customer with t_x = 0 (all those without repeat purchases), depends on x
  // only: once per distinct x that has such customers (zeroOf[k] = its index + 1, or 0).
  const zeroOf = new Uint32Array(size);
  const zeroIndex = new Int32Array(distinctFrequency.length).fill(-1);
  const zeroX: number[] = [];
  for (let k = 0; k < size; k++) {
    if (recency[k] === 0 && T[k]! > 0) {
      const xg = data.frequencyGroup[k]!;
      let z = zeroIndex[xg]!;
      if (z < 0) {
        z = zeroX.length;
        zeroIndex[xg] = z;
        zeroX.push(frequency[k]!);
      }
      zeroOf[k] = z + 1;
    }
  }
  const e2 = new Float64Array(5 * pairCount);
  const pairOk = new Uint8Array(pairCount);
  const e0 = new Float64Array(5 * zeroX.length);
  const zeroOk = new Uint8Array(zeroX.length);
  // The last point and its results: an optimiser often asks for the same point twice.
  const lastPhi = Float64Array.of(Number.NaN, Number.NaN, Number.NaN, Number.NaN);
  const lastGradient = new Float64Array(4);
  let lastValue = Number.NaN;
  const logAlphaT = new Float64Array(distinctT.length);
  const logBetaT = new Float64Array(distinctT.length);
  const logM = new Float64Array(distinctFrequency.length);
  const invMOf = new Float64Array(distinctFrequency.length);
  const invAlphaT = new Float64Array(distinctT.length);
  const invBetaT = new Float64Array(distinctT.length);
  const theta = new Float64Array(4);
  const rule = gaussLegendre16();
  const moments = new Float64Array(4);
  const quad = new Float64Array(5);
  return (logParams, gradient) => {
    if (
      logParams[0] === lastPhi[0] &&
      logParams[1] === lastPhi[1] &&
      logParams[2] === lastPhi[2] &&
      logParams[3] === lastPhi[3]
    ) {
      for (let i = 0; i < 4; i++) gradient[i] = lastGradient[i]!;
      return lastValue;
    }
    const value = evaluate(logParams, gradient);
    // Only a finite value is kept (evaluate leaves the gradient untouched otherwise).
    const keep = Number.isFinite(value);
    for (let i = 0; i < 4; i++) {
      lastPhi[i] = keep ? logParams[i]! : Number.NaN;
      lastGradient[i] = gradient[i]!;
    }
    lastValue = value;
    return value;
  };
  function evaluate(logParams: Float64Array, gradient: Float64Array): number {
    if (!fillTheta(logParams, theta)) return Number.NaN;
    const r = theta[0]!;
    const alpha = theta[1]!;
    const s = theta[2]!;
    const beta = theta[3]!;
    const lnS = logParams[2]!;
    let ll = n * (r * logParams[1]! + s * logParams[3]!);
    // The gradient in θ, accumulated in locals g0…g3.
    let g0 = n * logParams[1]!;
    let g1 = (n * r) / alpha;
    let g2 = n * logParams[3]!;
    let g3 = (n * s) / beta;
    for (let k = 0; k < distinctFrequency.length; k++) {
      const x = distinctFrequency[k]!;
      logM[k] = Math.log(r + s + x);
      invMOf[k] = 1 / (r + s + x);
      if (x === 0) continue;
      risingFactorialTerms(r, x, terms, 0);
      ll += distinctFrequencyWeight[k]! * terms[0]!;
      g0 += distinctFrequencyWeight[k]! * terms[1]!;
    }
    for (let k = 0; k < distinctT.length; k++) {
      logAlphaT[k] = Math.log(alpha + distinctT[k]!);
      logBetaT[k] = Math.log(beta + distinctT[k]!);
      invAlphaT[k] = 1 / (alpha + distinctT[k]!);
      invBetaT[k] = 1 / (beta + distinctT[k]!);
    }
    const invS = 1 / s;
    const logPT = alpha >= beta ? logAlphaT : logBetaT;
    for (let p = 0; p < pairCount; p++) {
      pairOk[p] = edge(r, alpha, s, beta, pairX[p]!, pairT[p]!, logPT[pairTGroup[p]!]!, f, e2, 5 * p) ? 1 : 0;
    }
    const logP = Math.log(Math.max(alpha, beta));
    for (let z = 0; z < zeroX.length; z++) {
      zeroOk[z] = edge(r, alpha, s, beta, zeroX[z]!, 0, logP, f, e0, 5 * z) ? 1 : 0;
    }
    for (let k = 0; k < size; k++) {
      const x = frequency[k]!;
      const t = T[k]!;
      const tx = recency[k]!;
      const w = weight[k]!;
      const tg = TGroup[k]!;
      const la = logAlphaT[tg]!;
      const lb = logBetaT[tg]!;
      const ia = invAlphaT[tg]!;
      const ib = invBetaT[tg]!;
      const rx = r + x;
      const logFirst = -rx * la - s * lb;
      // A₀ = e^(e₁) (1 − ρ), ρ = e^(e₂ − e₁) < 1, from the series' e₁ = e(t_x) (shared per x at t_x = 0, else
      // computed here) and e₂ = e(T) (shared per (x, T)). diff = e₂ − e₁ stays NaN at t_x = T, and is ≥ 0 when
      // t_x is so close to T that A₀ rounds to 0: then the bracket is its first term.
      const o = 5 * pairOf[k]!;
      const zi = zeroOf[k]!;
      const first = zi > 0 ? e0 : atTx;
      const fo = zi > 0 ? 5 * (zi - 1) : 0;
      let diff = Number.NaN;
      if (tx !== t) {
        if (
          !(
            pairOk[pairOf[k]!] === 1 &&
            (zi > 0 ? zeroOk[zi - 1] === 1 : edge(r, alpha, s, beta, x, tx, Number.NaN, f, atTx, 0))
          )
        ) {
          // ln A₀ and its gradient by one quadrature pass (bounded work; paretoNbdLogA0ByQuadrature.ts).
          if (!paretoNbdLogA0GradientByQuadrature(r, alpha, s, beta, x, tx, t, rule, moments, quad)) return Number.NaN;
          const xq = data.frequencyGroup[k]!;
          const invMq = invMOf[xq]!;
          const Yq = lnS - logM[xq]! + quad[0]!;
          const Mq = Math.max(logFirst, Yq);
          const exq = Math.exp(logFirst - Mq);
          const eyq = Math.exp(Yq - Mq);
          const sumq = exq + eyq;
          ll += w * (Mq + Math.log(sumq));
          const w1q = (w * exq) / sumq;
          const w2q = (w * eyq) / sumq;
          g0 += w1q * -la + w2q * (quad[1]! - invMq);
          g1 += w1q * -rx * ia + w2q * quad[2]!;
          g2 += w1q * -lb + w2q * (invS - invMq + quad[3]!);
          g3 += w1q * -s * ib + w2q * quad[4]!;
          continue;
        }
        diff = e2[o]! - first[fo]!;
      }
      if (!(diff < 0)) {
        ll += w * logFirst;
        g0 -= w * la;
        g1 -= w * rx * ia;
        g2 -= w * lb;
        g3 -= w * s * ib;
        continue;
      }
      const xg = data.frequencyGroup[k]!;
      const invM = invMOf[xg]!;
      const e1 = first[fo]!;
      // 1 − ρ by expm1 where ρ > ½ (no cancellation).
      let rho: number;
      let oneMinusRho: number;
      if (diff > -Math.LN2) {
        const em = Math.expm1(diff);
        rho = 1 + em;
        oneMinusRho = -em;
      } else {
        rho = Math.exp(diff);
        oneMinusRho = 1 - rho;
      }
      // Bracket = e^X + e^Y (1 − ρ), X = logFirst, Y = ln(s/m) + e₁, both terms positive: with M = max(X, Y)
      // it is M + ln(e^(X−M) + e^(Y−M) (1 − ρ)); the terms' shares give the softmax weights w₁ and w₂ = u (1 − ρ),
      // and ∂ ln A₀ = (∂e₁ − ρ ∂e₂)/(1 − ρ), so w₂ ∂ ln A₀ = u (∂e₁ − ρ ∂e₂).
      const Y = lnS - logM[xg]! + e1;
      let ex = 1;
      let ey = 1;
      let M: number;
      if (logFirst >= Y) {
        ey = Math.exp(Y - logFirst);
        M = logFirst;
      } else {
        ex = Math.exp(logFirst - Y);
        M = Y;
      }
      const sum = ex + ey * oneMinusRho;
      ll += w * (M + Math.log(sum));
      const share = w / sum;
      const w1 = share * ex;
      const u = share * ey;
      const w2 = u * oneMinusRho;
      g0 += w1 * -la - w2 * invM + u * (first[fo + 1]! - rho * e2[o + 1]!);
      g1 += w1 * -rx * ia + u * (first[fo + 2]! - rho * e2[o + 2]!);
      g2 += w1 * -lb + w2 * (invS - invM) + u * (first[fo + 3]! - rho * e2[o + 3]!);
      g3 += w1 * -s * ib + u * (first[fo + 4]! - rho * e2[o + 4]!);
    }
    if (!Number.isFinite(ll)) return Number.NaN;
    gradient[0] = g0 * r;
    gradient[1] = g1 * alpha;
    gradient[2] = g2 * s;
    gradient[3] = g3 * beta;
    return ll;
  }
}
