import { checkCountModel } from "../_lib/checkCountModel.ts";
import { checkHorizon } from "../_lib/checkHorizon.ts";
import { conditionalExpectedPurchasesKernel } from "../_lib/countModelKernels.ts";
import { mapCustomers } from "../_lib/mapCustomers.ts";
import type { CountModel } from "./CountModelFit.ts";

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
 * (test/clv/expectedPurchases.test.ts).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}).
 * @param t - Horizon, finite, ≥ 0, in the fit's unit.
 * @returns E[X(t)] ≥ 0 (0 at t = 0).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit` or `t`.
 * @throws {@link ClienteleDomainError} `domain_error` if the value cannot be evaluated accurately.
 * @example
 * ```ts
 * import { type CountModel, expectedPurchases } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * expectedPurchases(fit, 52).toFixed(3); // => "1.446"
 * expectedPurchases(fit, 0); // => 0
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link purchaseCountProbability}
 * @category CLV
 */
export function expectedPurchases(fit: CountModel, t: number): number {
  const fn = "expectedPurchases";
  const model = checkCountModel(fn, fit);
  const horizon = checkHorizon(fn, t, ["t"]);
  const kernel = conditionalExpectedPurchasesKernel(model, horizon);
  return mapCustomers(fn, { frequency: 0, recency: 0, T: 0 }, kernel, false) as number;
}
