// BG/NBD probability of exactly n purchases in (0, t] for a new customer (Fader, Hardie & Lee 2005, eq. 8):
//   P(X(t) = n) = B(a, b + n)/B(a, b) · NB(n)
//               + δ_{n>0} B(a + 1, b + n − 1)/B(a, b) · [1 − Σ_{j<n} NB(j)],
// where NB(j) = Γ(r + j)/(Γ(r) j!) (α/(α + t))^r (t/(α + t))^j is the negative binomial probability.
// Everything is in logs (ln NB(j) by the recurrence ln NB(j + 1) = ln NB(j) + ln((r + j)/(j + 1)) + ln z).
// The tail 1 − Σ_{j<n} NB(j) is taken as 1 minus the head while the head is at most ½, otherwise summed
// directly from j = n upwards until the terms no longer matter, so it keeps its relative accuracy when small.
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import type { BgNbdParams } from "../BgNbdParams.ts";

/** The tail sum gives up after this many terms past n (NaN; the caller reports domain_error). */
const MAX_TAIL_TERMS = 10_000_000;

/**
 * P(X(t) = n) under the BG/NBD for a new customer.
 *
 * @param params - r, α, a, b.
 * @param n - Number of purchases, an integer ≥ 0.
 * @param t - Horizon, finite, ≥ 0.
 * @returns The probability; NaN if the tail sum does not settle.
 * @internal
 */
export function bgNbdPurchaseCountProbability(params: BgNbdParams, n: number, t: number): number {
  const { r, alpha, a, b } = params;
  if (t === 0) return n === 0 ? 1 : 0;
  const logP0 = -r * Math.log1p(t / alpha); // ln (α/(α + t))^r
  const logZ = -Math.log1p(alpha / t); // ln (t/(α + t))
  const logBetaAB = logBetaUnchecked(a, b);
  // ln NB(n)
  let logNb = logP0;
  if (n > 0) logNb += n * logZ - Math.log(n) - logBetaUnchecked(r, n);
  const first = Math.exp(logBetaUnchecked(a, b + n) - logBetaAB + logNb);
  if (n === 0) return first;
  let head = 0;
  let logTerm = logP0;
  for (let j = 0; j < n; j++) {
    head += Math.exp(logTerm);
    logTerm += Math.log((r + j) / (j + 1)) + logZ;
  }
  let tail: number;
  if (head <= 0.5) {
    tail = 1 - head;
  } else {
    // logTerm is ln NB(n) here.
    tail = 0;
    const mode = ((r - 1) * Math.exp(logZ)) / -Math.expm1(logZ);
    for (let j = n; ; j++) {
      const term = Math.exp(logTerm);
      tail += term;
      if (j > mode && term <= 1e-17 * tail) break;
      if (j - n > MAX_TAIL_TERMS) return Number.NaN;
      logTerm += Math.log((r + j) / (j + 1)) + logZ;
    }
  }
  return first + Math.exp(logBetaUnchecked(a + 1, b + n - 1) - logBetaAB) * tail;
}
