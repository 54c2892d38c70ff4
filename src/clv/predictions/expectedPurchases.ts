import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { expectedPurchasesOf } from "./_internal/genericPredictions.ts";

/**
 * The expected number of repeat purchases of a new customer (just acquired at time 0) in (0, t], under a
 * fitted count model: E[X(t)].
 *
 * @remarks
 * BG/NBD: Fader, Hardie & Lee (2005), eq. 9,
 * E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; t/(α + t))],
 * the conditional expectation of {@link conditionalExpectedPurchases} at x = t_x = T = 0, with the same
 * log-space evaluation. Increasing in t. `t` is in the fit's unit. On CDNOW (weeks), the maximum-likelihood
 * fit gives E[X(52)] = 1.444, and FHL 2005's parameters rounded to 3 digits give 1.446
 * (test/clv/predictions/expectedPurchases.test.ts).
 *
 * **BG/BB** (Fader, Hardie & Shang 2010, eq. 7): `t` is a number of opportunities n (an integer) and the
 * result is E[X(n)], the expected transactions of a new customer at opportunities 1 … n,
 * α/(α+β) · Σ_{t=1}^{n} B(γ, δ+t)/B(γ,δ) (eq. 7's closed form summed term by term, so γ = 1 needs no
 * care); equals the closed form to 1e-12 relative for the 1995 donors over 1–11 years (same test file).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param t - Horizon, finite, ≥ 0, in the fit's unit; for BG/BB a number of opportunities, an integer.
 * @returns E[X(t)] ≥ 0 (0 at t = 0).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit` or `t`.
 * @throws {@link ClienteleDomainError} `domain_error` if the value cannot be evaluated accurately.
 * @example
 * ```ts
 * import { type CountModel, expectedPurchases } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * expectedPurchases(fit, 52).toFixed(3); // => "1.446"
 * expectedPurchases(fit, 0); // => 0
 * // BG/BB: a 1995 donor's expected donations in 1996–2006 (Fader, Hardie & Shang 2010)
 * const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * expectedPurchases(donations, 11).toFixed(2); // => "3.39"
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link purchaseCountProbability}
 * @category Predictions
 */
export function expectedPurchases(fit: CountModel | BgBbModel, t: number): number {
  return expectedPurchasesOf("expectedPurchases", fit, t);
}
