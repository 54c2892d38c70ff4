// ln 2F1(a, b; c; z) for real parameters and real z ≤ 1, the form the customer-base models need
// (Pareto/NBD: 2F1(r+s+x, s+1; r+s+x+1; z) with z = (α−β)/(α+t); BG/NBD and MBG/NBD expectations:
// 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))). Every branch works with logarithms of the prefactors, so the
// result stays finite when 2F1 itself overflows (heavy buyers, z near 1).
//
// Method (DLMF chapter 15; Abramowitz & Stegun 15.3). Each case offers two equivalent forms
// prefactor × Gauss series at an argument x ∈ (0, 1), with y = 1 − x carried separately:
// 1. z < 0: Pfaff's transformations (DLMF 15.8.1), x = z/(z − 1), y = 1/(1 − z),
//      2F1(a, b; c; z) = (1 − z)^(−a) 2F1(a, c − b; c; x) = (1 − z)^(−b) 2F1(c − a, b; c; x).
//    0 < z < 1: the series itself and Euler's transformation (DLMF 15.8.1), x = z,
//      2F1(a, b; c; z) = (1 − z)^(c−a−b) 2F1(c − a, c − b; c; z).
//    The logarithm of each prefactor is formed from the original parameters (b·ln y, not
//    a·ln y + (b − a)·ln y), so no large prefactors cancel.
// 2. The form whose terms decay faster is tried first: the terms behave like n^(A+B−C−1) xⁿ, so the form
//    with the smaller A + B goes first (a terminating form, where A or B is a non-positive integer,
//    always first). A series is accepted if it converges within its term budget and cancels by less than
//    a factor 16 (hyp2f1Series.ts).
// 3. ½ < x < 1 when neither series is accepted: the connection formula about x = 1 (DLMF 15.8.4,
//    A&S 15.3.6), with d = C − A − B,
//      2F1(A, B; C; x) = B(d, A)/B(C − A, A) · 2F1(A, B; 1 − d; y)
//                      + y^d B(C − A, −d)/B(A, C − A) · 2F1(C − A, C − B; 1 + d; y),
//    the gamma ratios written as beta functions so that large parameters do not cancel, each inner series
//    again in its better Euler form. It is rejected when d is within 0.01 of an integer (Γ(±d) near a
//    pole amplifies the rounding error of d, and at an integer both terms have poles) or when the two
//    terms cancel to fewer than 2 digits of their size.
// 4. Then: analytic continuation by Taylor steps of the hypergeometric equation from x = ½ or 0.9
//    (hyp2f1Continued.ts), which is indifferent to c − a − b being (nearly) an integer.
// 5. Last resort (and for x ≤ ½): the series again, now accepting cancellation up to a factor 1000.
// 6. z = 1: Gauss's sum 2F1(a, b; c; 1) = Γ(c)Γ(c − a − b)/(Γ(c − a)Γ(c − b)) for c − a − b > 0
//    (DLMF 15.4.20); for a terminating series the Chu–Vandermonde identity
//    2F1(−n, b; c; 1) = (c − b)ₙ/(c)ₙ (DLMF 15.4.24), a product without cancellation.
import { gammaSign } from "./gammaSign.ts";
import { logAbsHyp2f1Continued } from "./hyp2f1Continued.ts";
import { hyp2f1Series } from "./hyp2f1Series.ts";
import { logBetaUnchecked } from "./logBetaUnchecked.ts";
import { logGammaUnchecked } from "./logGammaUnchecked.ts";
import { stirlingCorrection } from "./stirlingCorrection.ts";

/** Beyond this x a series gets a small term budget, since the transformations are cheaper. */
const SERIES_LIMIT = 0.9;
/** Cancellation accepted from a series on the first pass (about one digit). */
const STRICT_CANCELLATION = 16;
/** Cancellation accepted from a series on the last pass (three digits). */
const LENIENT_CANCELLATION = 1000;
/**
 * Smallest distance of c − a − b from an integer for the connection formula: Γ(±(c − a − b)) is evaluated
 * near a pole, where the rounding error of c − a − b is amplified by 1/distance.
 */
const MIN_DISTANCE_FROM_INTEGER = 1e-2;
/** Smallest |T₁ + T₂| / max(|T₁|, |T₂|) accepted from the connection formula. */
const MIN_CONNECTION_RATIO = 1e-2;

function isNonPositiveInteger(v: number): boolean {
  return v <= 0 && v === Math.floor(v);
}

/**
 * ln|B(p, q)| for real p, q away from poles. Both positive: logBetaUnchecked. One argument and the sum at
 * least 10: ln|Γ(small)| plus Stirling for Γ(big)/Γ(small + big), combined as in logBetaUnchecked, so a
 * large argument does not cancel. Otherwise the three ln|Γ|.
 */
function logAbsBeta(p: number, q: number): number {
  if (p > 0 && q > 0) return logBetaUnchecked(p, q);
  const small = Math.min(p, q);
  const big = Math.max(p, q);
  const sum = small + big;
  if (big >= 10 && sum >= 10) {
    const corr = stirlingCorrection(big) - stirlingCorrection(sum);
    return logGammaUnchecked(small) + corr + small - small * Math.log(sum) + (big - 0.5) * Math.log1p(-small / sum);
  }
  return logGammaUnchecked(p) + logGammaUnchecked(q) - logGammaUnchecked(sum);
}

/** Sign of B(p, q); 0 where 1/Γ(p + q) vanishes. */
function betaSign(p: number, q: number): number {
  if (p > 0 && q > 0) return 1;
  if (isNonPositiveInteger(p + q)) return 0;
  return gammaSign(p) * gammaSign(q) * gammaSign(p + q);
}

/** Term budget of a series at x: enough for the hump of large parameters plus the geometric tail. */
function seriesBudget(a: number, b: number, c: number, x: number): number {
  const size = Math.abs(a) + Math.abs(b) + Math.abs(c);
  if (x > SERIES_LIMIT) return 400 + Math.floor(Math.min(4000, size));
  return 500 + Math.floor(Math.min(100_000, 12 * size));
}

/** Finishes with a plain signed value `s` times e^logPrefix. */
function finish(s: number, logPrefix: number, sign: Float64Array | undefined): number {
  if (sign !== undefined) sign[0] = s > 0 ? 1 : s < 0 ? -1 : 0;
  else if (s < 0) return Number.NaN;
  return logPrefix + Math.log(Math.abs(s));
}

/**
 * An inner series of the connection formula at y ≤ ½, as a plain signed number: 2F1(p, q; r; y), summed
 * directly or as (1 − y)^(r−p−q) 2F1(r − p, r − q; r; y), whichever decays faster; NaN if neither is
 * accurate.
 */
function innerSeries(p: number, q: number, r: number, y: number): number {
  const d = r - p - q;
  const budget = seriesBudget(p, q, r, y);
  const direct = hyp2f1Series(p, q, r, y, budget, STRICT_CANCELLATION);
  if (!Number.isNaN(direct) && (d >= 0 || isNonPositiveInteger(p) || isNonPositiveInteger(q))) return direct;
  const euler = Math.exp(d * Math.log1p(-y)) * hyp2f1Series(r - p, r - q, r, y, budget, STRICT_CANCELLATION);
  return Number.isNaN(euler) ? direct : euler;
}

/** Connection formula about x = 1 (DLMF 15.8.4) for 2F1(a, b; c; 1 − y) e^logPrefix; NaN when rejected. */
function connection(
  a: number,
  b: number,
  c: number,
  y: number,
  logPrefix: number,
  sign: Float64Array | undefined,
): number {
  const d = c - a - b;
  if (Math.abs(d - Math.round(d)) < MIN_DISTANCE_FROM_INTEGER) return Number.NaN;
  const s1 = innerSeries(a, b, 1 - d, y);
  const s2 = innerSeries(c - a, c - b, 1 + d, y);
  if (Number.isNaN(s1) || Number.isNaN(s2)) return Number.NaN;
  const logNorm = logAbsBeta(a, c - a);
  const normSign = betaSign(a, c - a);
  const sign1 = betaSign(d, a) * normSign * Math.sign(s1);
  const sign2 = betaSign(c - a, -d) * normSign * Math.sign(s2);
  const l1 = logAbsBeta(d, a) - logNorm + Math.log(Math.abs(s1));
  const l2 = d * Math.log(y) + logAbsBeta(c - a, -d) - logNorm + Math.log(Math.abs(s2));
  const m = sign1 === 0 ? l2 : sign2 === 0 ? l1 : Math.max(l1, l2);
  if (!(m < Number.POSITIVE_INFINITY && m > Number.NEGATIVE_INFINITY)) return Number.NaN;
  const v = (sign1 === 0 ? 0 : sign1 * Math.exp(l1 - m)) + (sign2 === 0 ? 0 : sign2 * Math.exp(l2 - m));
  if (!(Math.abs(v) >= MIN_CONNECTION_RATIO)) return Number.NaN;
  if (sign !== undefined) sign[0] = v > 0 ? 1 : -1;
  else if (v < 0) return Number.NaN;
  return logPrefix + m + Math.log(Math.abs(v));
}

/**
 * e^p1 · 2F1(a1, b1; c; x) = e^p2 · 2F1(a2, b2; c; x), 0 < x < 1, y = 1 − x: the first form is the
 * preferred one. Steps 2–5 of the header.
 */
function evaluate(
  a1: number,
  b1: number,
  p1: number,
  a2: number,
  b2: number,
  p2: number,
  c: number,
  x: number,
  y: number,
  sign: Float64Array | undefined,
  maxContinuationTerms: number | undefined,
): number {
  const budget1 = seriesBudget(a1, b1, c, x);
  const budget2 = seriesBudget(a2, b2, c, x);
  let s = hyp2f1Series(a1, b1, c, x, budget1, STRICT_CANCELLATION);
  if (!Number.isNaN(s)) return finish(s, p1, sign);
  s = hyp2f1Series(a2, b2, c, x, budget2, STRICT_CANCELLATION);
  if (!Number.isNaN(s)) return finish(s, p2, sign);
  if (x > 0.5) {
    const viaConnection = connection(a1, b1, c, y, p1, sign);
    if (!Number.isNaN(viaConnection)) return viaConnection;
    let viaContinuation = logAbsHyp2f1Continued(a1, b1, c, y, sign, maxContinuationTerms);
    if (!Number.isNaN(viaContinuation)) return p1 + viaContinuation;
    viaContinuation = logAbsHyp2f1Continued(a2, b2, c, y, sign, maxContinuationTerms);
    if (!Number.isNaN(viaContinuation)) return p2 + viaContinuation;
  }
  s = hyp2f1Series(a1, b1, c, x, budget1, LENIENT_CANCELLATION);
  if (!Number.isNaN(s)) return finish(s, p1, sign);
  s = hyp2f1Series(a2, b2, c, x, budget2, LENIENT_CANCELLATION);
  if (!Number.isNaN(s)) return finish(s, p2, sign);
  return Number.NaN;
}

/** Gauss's sum at z = 1 (DLMF 15.4.20), c − a − b > 0. */
function gaussSum(a: number, b: number, c: number, sign: Float64Array | undefined): number {
  const d = c - a - b;
  if (!(d > 0)) return Number.NaN;
  if (isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b)) return finish(0, 0, sign);
  const s = betaSign(d, a) * betaSign(c - a, a);
  return finish(s, logAbsBeta(d, a) - logAbsBeta(c - a, a), sign);
}

/**
 * ln 2F1(a, b; c; z) without validation, for hot loops; allocation-free.
 *
 * @remarks
 * Defined for finite a, b, c with c not in {0, −1, −2, …}, and z ≤ 1 (z = 1 only when c − a − b > 0, or
 * when the series terminates). See docs/concepts/numerics.md for the measured accuracy.
 *
 * Near z = 1, pass `oneMinusZ` = 1 − z computed without cancellation (for example (α + T)/(α + T + t)
 * rather than 1 − t/(α + T + t)): 2F1 behaves like (1 − z)^(c−a−b) there, so the relative error of 1 − z
 * carries straight into the result, and z itself rounds to 1 once 1 − z < 1.1e-16.
 *
 * @param a - First numerator parameter.
 * @param b - Second numerator parameter.
 * @param c - Denominator parameter.
 * @param z - Argument, z ≤ 1.
 * @param sign - Optional one-element output: receives the sign of 2F1 (−1, 0 or +1), and the return
 *   value is then ln|2F1|.
 * @param oneMinusZ - Optional 1 − z, accurate; when given it is used instead of 1 − z (and z = 1 with
 *   oneMinusZ > 0 counts as below 1).
 * @param maxContinuationTerms - Optional bound on the terms of the analytic continuation (step 4 of the
 *   header; default that of hyp2f1Continued.ts, 2,000,000): past it the continuation gives up (NaN).
 * @returns ln 2F1 (ln|2F1| when `sign` is given); −∞ where 2F1 = 0; NaN outside the domain, when
 *   2F1 < 0 and `sign` is omitted, or when no method reached its accuracy.
 * @internal
 */
export function logHyp2f1Unchecked(
  a: number,
  b: number,
  c: number,
  z: number,
  sign?: Float64Array,
  oneMinusZ?: number,
  maxContinuationTerms?: number,
): number {
  if (!(z <= 1 && z > Number.NEGATIVE_INFINITY && Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c))) {
    return Number.NaN;
  }
  if (isNonPositiveInteger(c)) return Number.NaN;
  const y = oneMinusZ ?? 1 - z;
  if (!(y >= 0)) return Number.NaN;
  return logAbsHyp2f1(a, b, c, z, y, sign, maxContinuationTerms);
}

/** Chu–Vandermonde: 2F1(−n, b; c; 1) = (c − b)ₙ / (c)ₙ, as a product of logarithms. */
function chuVandermonde(n: number, b: number, c: number, sign: Float64Array | undefined): number {
  let logAbs = 0;
  let s = 1;
  for (let k = 0; k < n; k++) {
    const num = c - b + k;
    if (num === 0) return finish(0, 0, sign);
    logAbs += Math.log(Math.abs(num)) - Math.log(Math.abs(c + k));
    if (num < 0 !== c + k < 0) s = -s;
  }
  return finish(s, logAbs, sign);
}

/** Steps 1–6 of the header for valid arguments; y = 1 − z (accurate). */
function logAbsHyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
  y: number,
  sign: Float64Array | undefined,
  maxContinuationTerms: number | undefined,
): number {
  if (a === 0 || b === 0 || z === 0) return finish(1, 0, sign);
  if (y === 0) {
    if (isNonPositiveInteger(a) && (!isNonPositiveInteger(b) || b <= a)) return chuVandermonde(-a, b, c, sign);
    if (isNonPositiveInteger(b)) return chuVandermonde(-b, a, c, sign);
    return gaussSum(a, b, c, sign);
  }
  if (z < 0) {
    const w = 1 / y;
    const x = -z * w;
    const logW = z > -0.5 ? -Math.log1p(-z) : -Math.log(y);
    const aForm = isNonPositiveInteger(a) || isNonPositiveInteger(c - b);
    const bForm = isNonPositiveInteger(b) || isNonPositiveInteger(c - a);
    if (aForm || (!bForm && a <= b))
      return evaluate(a, c - b, a * logW, c - a, b, b * logW, c, x, w, sign, maxContinuationTerms);
    return evaluate(c - a, b, b * logW, a, c - b, a * logW, c, x, w, sign, maxContinuationTerms);
  }
  const eulerLog = (c - a - b) * Math.log(y);
  const direct = isNonPositiveInteger(a) || isNonPositiveInteger(b);
  const euler = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b);
  if (direct || (!euler && c - a - b >= 0))
    return evaluate(a, b, 0, c - a, c - b, eulerLog, c, z, y, sign, maxContinuationTerms);
  return evaluate(c - a, c - b, eulerLog, a, b, 0, c, z, y, sign, maxContinuationTerms);
}
