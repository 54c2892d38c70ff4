// Pareto/NBD probability of exactly n purchases in (0, t] for a new customer (Fader & Hardie 2005, "A note
// on deriving the Pareto/NBD model and related expressions", brucehardie.com note 009; the derivation step
// by step in note 012):
//   P(X(t) = n) = NB(n) · (β/(β + t))^s
//               + α^r β^s B(r + n, s + 1)/B(r, s) · [B₁ − Σ_{i=0..n} Γ(r + s + i)/(Γ(r + s) i!) tⁱ B₂(i)],
// where NB(n) = Γ(r + n)/(Γ(r) n!) (α/(α + t))^r (t/(α + t))^n (alive throughout (0, t]) and, with
// c = r + s + n + 1 and F = ₂F₁,
//   α ≥ β:  B₁ = F(r + s, s + 1; c; (α − β)/α) / α^(r+s),
//           B₂(i) = F(r + s + i, s + 1; c; (α − β)/(α + t)) / (α + t)^(r+s+i),
//   α < β:  the same with (α, s + 1) replaced by (β, r + n).
// The second term is the probability of dying in (0, t] after n purchases: given λ and μ it is
// λⁿμ/(λ + μ)^(n+1) · P(Poisson((λ + μ)t) > n), and B₁ and the B₂(i) are the gamma mixtures of its two parts
// (Euler's integral for ₂F₁). As in paretoNbdLogA0.ts the branch keeps z in [0, 1) and 1 − z is passed
// exactly, as β/α or (β + t)/(α + t) (or their inverses).
//
// Everything is in logs. The bracket B₁ − Σ_{i≤n} … equals the sum of the same terms over i > n (the
// Poisson tail), so, as in bgNbdPurchaseCountProbability.ts, it is taken as the difference (log-diff-exp)
// while that keeps at least 1e-3 of B₁ (at most three digits lost); otherwise the terms i = n + 1, n + 2, …
// are summed directly until a term and the geometric estimate of the rest fall below 1e-17 of the sum, so
// that P keeps its relative accuracy far in the tail (large n, short t), where the head and B₁ agree to
// every digit. The terms fall off like (t/(min(α, β) + t))ⁱ at worst, so a long horizon against a small α
// or β can need many terms: after 20,000 the difference is used if it keeps at least 1e-8 of B₁ (at most
// eight digits lost), and otherwise the result is NaN (the public function reports domain_error).
import { logAddExpUnchecked } from "../../../_lib/logAddExpUnchecked.ts";
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import { logDiffExpUnchecked } from "../../../_lib/logDiffExpUnchecked.ts";
import { logHyp2f1Unchecked } from "../../../_lib/logHyp2f1Unchecked.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";

/** The tail sum gives up after this many terms past n. */
const MAX_TAIL_TERMS = 1_000_000;
/** A tail term (and the geometric estimate of the rest) below this share of the sum ends the tail sum. */
const LOG_TAIL_TOLERANCE = Math.log(1e-17);
/** ln of the share of B₁ left after subtracting the head above which the difference is used (≤ 3 digits lost). */
const LOG_DIRECT_SHARE = Math.log(1e-3);
/** ln of the smallest share of B₁ for which the difference is used when the tail sum fails (≤ 8 digits lost). */
const LOG_FALLBACK_SHARE = Math.log(1e-8);

/**
 * ln ₂F₁(a + 1, b; c; z) from ln ₂F₁(a, b; c; z) and ln ₂F₁(a − 1, b; c; z) by the contiguous relation
 * (c − a) F(a − 1) + (2a − c + (b − a)z) F(a) + a(z − 1) F(a + 1) = 0 (DLMF 15.5.11); NaN if the ratio is
 * not positive.
 */
function nextLogHyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
  oneMinusZ: number,
  logF: number,
  logFPrevious: number,
): number {
  const ratio = (a * (1 + oneMinusZ) + b * z - c + (c - a) * Math.exp(logFPrevious - logF)) / (a * oneMinusZ);
  return logF + Math.log(ratio);
}

/**
 * P(X(t) = n) under the Pareto/NBD for a new customer (see the header).
 *
 * @param params - r, α, s, β.
 * @param n - Number of purchases, an integer ≥ 0.
 * @param t - Horizon, finite, ≥ 0.
 * @returns The probability; NaN if a ₂F₁ cannot be evaluated or the tail sum does not settle.
 * @internal
 */
export function paretoNbdPurchaseCountProbability(params: ParetoNbdParams, n: number, t: number): number {
  const { r, alpha, s, beta } = params;
  if (t === 0) return n === 0 ? 1 : 0;
  const sign = new Float64Array(1);
  // ln [NB(n) (β/(β + t))^s]
  let logFirst = -r * Math.log1p(t / alpha) - s * Math.log1p(t / beta);
  if (n > 0) logFirst -= n * Math.log1p(alpha / t) + Math.log(n) + logBetaUnchecked(r, n);
  let p: number;
  let q: number;
  let b: number;
  if (alpha >= beta) {
    p = alpha;
    q = beta;
    b = s + 1;
  } else {
    p = beta;
    q = alpha;
    b = r + n;
  }
  const rs = r + s;
  const c = rs + n + 1;
  const d = p - q;
  const z = d / (p + t);
  const oneMinusZ = (q + t) / (p + t);
  const logScale = rs * Math.log(p + t);
  const logRatio = -Math.log1p(p / t); // ln (t/(p + t))
  // ln [α^r β^s B(r + n, s + 1)/B(r, s)]
  const logWeight = r * Math.log(alpha) + s * Math.log(beta) + logBetaUnchecked(r + n, s + 1) - logBetaUnchecked(r, s);
  const logB1 = logHyp2f1Unchecked(rs, b, c, d / p, sign, q / p) - rs * Math.log(p);
  // Term i = Γ(r + s + i)/(Γ(r + s) i!) tⁱ B₂(i) = e^(logCoefficient + i·logRatio + logF − logScale), with
  // logF = ln ₂F₁(r + s + i, b; c; z): evaluated directly, or by the contiguous relation from the two
  // before it where the direct evaluation fails (large r + s + i with z near 1).
  let logFPrevious = Number.NaN;
  let logF = Number.NaN;
  let logCoefficient = 0;
  let head = Number.NEGATIVE_INFINITY;
  for (let i = 0; i <= n; i++) {
    let next = logHyp2f1Unchecked(rs + i, b, c, z, sign, oneMinusZ);
    if (Number.isNaN(next)) next = nextLogHyp2f1(rs + i - 1, b, c, z, oneMinusZ, logF, logFPrevious);
    logFPrevious = logF;
    logF = next;
    if (i > 0) logCoefficient += Math.log((rs + i - 1) / i);
    head = logAddExpUnchecked(head, logCoefficient + (i === 0 ? 0 : i * logRatio) + logF - logScale);
  }
  // ln(B₁ − head); NaN when rounding puts the head above B₁.
  const difference = logDiffExpUnchecked(logB1, head);
  let logBracket = difference;
  if (!(difference - logB1 >= LOG_DIRECT_SHARE)) {
    let settled = false;
    // The tail Σ_{i>n}, by the contiguous relation (the forward direction is stable: ₂F₁ grows like
    // (1 − z)^(−a), the dominant solution).
    let tail = Number.NEGATIVE_INFINITY;
    let previous = Number.NaN;
    for (let i = n + 1; i <= n + MAX_TAIL_TERMS; i++) {
      let next = i === n + 1 ? logHyp2f1Unchecked(rs + i, b, c, z, sign, oneMinusZ) : Number.NaN;
      if (Number.isNaN(next)) next = nextLogHyp2f1(rs + i - 1, b, c, z, oneMinusZ, logF, logFPrevious);
      logFPrevious = logF;
      logF = next;
      logCoefficient += Math.log((rs + i - 1) / i);
      const term = logCoefficient + i * logRatio + logF - logScale;
      if (Number.isNaN(term)) break;
      if (term === Number.NEGATIVE_INFINITY) {
        // tⁱ underflows (t of order 1e-300): this and every later term is 0.
        logBracket = tail;
        settled = true;
        break;
      }
      tail = logAddExpUnchecked(tail, term);
      const logRho = term - previous; // ln of the ratio of successive terms (NaN for the first)
      if (logRho < 0 && term - tail + logRho - Math.log(-Math.expm1(logRho)) <= LOG_TAIL_TOLERANCE) {
        logBracket = tail;
        settled = true;
        break;
      }
      previous = term;
    }
    if (!settled && !(difference - logB1 >= LOG_FALLBACK_SHARE)) return Number.NaN;
  }
  return Math.exp(logAddExpUnchecked(logFirst, logWeight + logBracket));
}
