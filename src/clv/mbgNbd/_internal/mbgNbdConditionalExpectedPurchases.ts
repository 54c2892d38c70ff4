// MBG/NBD expected number of purchases in (T, T + t] of a customer with summary (x, t_x, T) (Batislam,
// Denizel & Filiztekin 2007; lifetimes' ModifiedBetaGeoFitter):
//   E[Y(t) | x, t_x, T] = (a + b + x)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x + 1; a + b + x; z)]
//                         · P(alive | x, t_x, T),   z = t/(α + T + t).
// The first two factors are E[Y(t) | alive at T], which for MBG/NBD parameters (r, α, a, b) is exactly the
// BG/NBD's with b + 1 in place of b (the posterior of p for a customer alive at T is Beta(a, b + x + 1) in
// the MBG/NBD, Beta(a, b' + x) in the BG/NBD), and P(alive) = 1/(1 + a/(b + x) ((α + T)/(α + t_x))^(r + x)) is
// the BG/NBD denominator with b + 1 for b, applied for x = 0 too. So this is the BG/NBD-family kernel
// (bgNbdFamilyConditionalExpectedPurchases.ts: its log-space ₂F₁, its handling of a = 1, its second-order
// expansion for short horizons, its checked interpolation over many customers) at (r, α, a, b + 1) with dropout
// at time 0. With x = t_x = T = 0 it is E[X(t)] = b/(a + b) · E_BG/NBD[X(t); r, α, a, b + 1].
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import { bgNbdFamilyConditionalExpectedPurchases } from "../../bgNbd/_internal/bgNbdFamilyConditionalExpectedPurchases.ts";
import type { MbgNbdParams } from "../MbgNbdParams.ts";

/**
 * The MBG/NBD conditional-expectation kernel for given parameters and horizon t ≥ 0.
 *
 * @param params - r, α, a, b.
 * @param t - Horizon, finite, ≥ 0.
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function mbgNbdConditionalExpectedPurchases(params: MbgNbdParams, t: number): CustomerKernel {
  return bgNbdFamilyConditionalExpectedPurchases(params.r, params.alpha, params.a, params.b + 1, t, true);
}
