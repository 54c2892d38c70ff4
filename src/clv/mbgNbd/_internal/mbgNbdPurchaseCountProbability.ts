// MBG/NBD probability of exactly n purchases in (0, t] for a new customer. Given λ and p,
//   P(X(t) = n | λ, p) = (1 − p)^(n+1) Pois(n; λt) + p (1 − p)^n [1 − Σ_{j<n} Pois(j; λt)]
// (alive throughout with n purchases; or dropped out at time 0 (n = 0) or just after the n-th purchase), so
//   P(X(t) = n) = B(a, b + n + 1)/B(a, b) NB(n) + B(a + 1, b + n)/B(a, b) [1 − Σ_{j<n} NB(j)]
//               = b/(a + b) · P_BG/NBD(X(t) = n; r, α, a, b + 1) + δ_{n=0} a/(a + b),
// the BG/NBD probability (Fader, Hardie & Lee 2005, eq. 8) at b + 1, whose log-space evaluation is reused.
import { bgNbdPurchaseCountProbability } from "../../bgNbd/_internal/bgNbdPurchaseCountProbability.ts";
import type { MbgNbdParams } from "../MbgNbdParams.ts";

/**
 * P(X(t) = n) under the MBG/NBD for a new customer.
 *
 * @param params - r, α, a, b.
 * @param n - Number of purchases, an integer ≥ 0.
 * @param t - Horizon, finite, ≥ 0.
 * @returns The probability; NaN if the BG/NBD tail sum does not settle.
 * @internal
 */
export function mbgNbdPurchaseCountProbability(params: MbgNbdParams, n: number, t: number): number {
  const { r, alpha, a, b } = params;
  const bg = bgNbdPurchaseCountProbability({ r, alpha, a, b: b + 1 }, n, t);
  const dropped = a / (a + b);
  return (1 - dropped) * bg + (n === 0 ? dropped : 0);
}
