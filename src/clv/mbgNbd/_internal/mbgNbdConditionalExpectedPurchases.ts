// MBG/NBD expected number of purchases in (T, T + t] of a customer with summary (x, t_x, T) (Batislam,
// Denizel & Filiztekin 2007; lifetimes' ModifiedBetaGeoFitter):
//   E[Y(t) | x, t_x, T] = (a + b + x)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x + 1; a + b + x; z)]
//                         · P(alive | x, t_x, T),   z = t/(α + T + t).
// The first two factors are E[Y(t) | alive at T], which for MBG/NBD parameters (r, α, a, b) is exactly the
// BG/NBD's with b + 1 in place of b (the posterior of p for a customer alive at T is Beta(a, b + x + 1) in
// the MBG/NBD, Beta(a, b' + x) in the BG/NBD). So this kernel reuses the BG/NBD kernel — its log-space ₂F₁,
// its handling of a = 1 and its second-order expansion for short horizons (E[X(t)]/t → r/α as t → 0) — at
// (r, α, a, b + 1): for x > 0 the BG/NBD value with b + 1 is already the MBG/NBD value (the BG/NBD factor
// a/(b' + x − 1) is a/(b + x)); for x = 0 it is multiplied by the MBG/NBD P(alive). With x = t_x = T = 0
// it is E[X(t)] = b/(a + b) · E_BG/NBD[X(t); r, α, a, b + 1].
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import { bgNbdConditionalExpectedPurchases } from "../../bgNbd/_internal/bgNbdConditionalExpectedPurchases.ts";
import type { MbgNbdParams } from "../MbgNbdParams.ts";
import { mbgNbdProbabilityAlive } from "./mbgNbdProbabilityAlive.ts";

/**
 * The MBG/NBD conditional-expectation kernel for given parameters and horizon t ≥ 0.
 *
 * @param params - r, α, a, b.
 * @param t - Horizon, finite, ≥ 0.
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function mbgNbdConditionalExpectedPurchases(params: MbgNbdParams, t: number): CustomerKernel {
  const bg = bgNbdConditionalExpectedPurchases({ r: params.r, alpha: params.alpha, a: params.a, b: params.b + 1 }, t);
  const alive = mbgNbdProbabilityAlive(params);
  return (x, tx, T) => (x > 0 ? bg(x, tx, T) : bg(0, 0, T) * alive(0, 0, T));
}
