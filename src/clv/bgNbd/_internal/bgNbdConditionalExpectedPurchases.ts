// BG/NBD expected number of purchases in (T, T + t] of a customer with summary (x, t_x, T) (Fader, Hardie
// & Lee 2005, eq. 10):
//   E[Y(t) | x, t_x, T] = N(x, T) / (1 + δ_{x>0} a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)),
//   N(x, T) = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x; a + b + x − 1; z)],
// z = t/(α + T + t). For a new customer (x = t_x = T = 0) it is E[X(t)] of eq. 9. The bracket is computed
// after Euler's transformation (DLMF 15.8.1),
//   (1 − z)^(r+x) ₂F₁(r + x, b + x; c; z) = (1 − z)^(a−1) ₂F₁(a + b − 1 − r, a − 1; c; z),   c = a + b + x − 1,
// whose logarithm L is small when a is near 1, as 1 − e^L = −expm1(L) (or 1 + e^L when ₂F₁ < 0, possible
// only for x = 0 and a + b < 1), with ₂F₁ in log space (logHyp2f1Unchecked, with 1 − z passed exactly), so
// heavy buyers and long horizons do not overflow; if that form cannot be evaluated the original one is
// tried, and if neither can, N is NaN. For r + x ≥ 50 both forms break down (the direct one overflows, the
// Euler one cancels), so logBgNbdLargeShapeTransform.ts is tried first there. N is analytic in a and b, but
// the formula is 0/0 at a = 1 and ∞·0 at c = 0 (x = 0, a + b = 1): within 1e-4 of those points it is computed
// from its values at ±3e-4 and ±6e-4 in a (or b) by Richardson's extrapolation of the symmetric means,
// (4 m₁ − m₂)/3, whose error is O(h⁴). That closed form is bgNbdFamilyAliveExpectation; over many customers N is
// interpolated in α + T per x, with a checked error bound (bgNbdFamilyConditionalExpectedPurchases.ts).
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { BgNbdParams } from "../BgNbdParams.ts";
import { bgNbdFamilyConditionalExpectedPurchases } from "./bgNbdFamilyConditionalExpectedPurchases.ts";

/**
 * The BG/NBD conditional-expectation kernel for given parameters and horizon t ≥ 0 (in the fit's unit).
 *
 * @param params - r, α, a, b.
 * @param t - Horizon, finite, ≥ 0.
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function bgNbdConditionalExpectedPurchases(params: BgNbdParams, t: number): CustomerKernel {
  return bgNbdFamilyConditionalExpectedPurchases(params.r, params.alpha, params.a, params.b, t, false);
}
