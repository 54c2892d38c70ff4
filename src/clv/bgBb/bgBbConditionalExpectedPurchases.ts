import { bgBbLogLikelihoodOne } from "../../_lib/bgBbLogLikelihood.ts";
import { bgBbSurvivalSum } from "../../_lib/bgBbSurvivalSum.ts";
import { checkBgBbCustomer, checkBgBbModel, checkOpportunityCount } from "../../_lib/checkBgBbModel.ts";
import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import type { BgBbPattern } from "./BgBbData.ts";
import type { BgBbFit } from "./BgBbFit.ts";

/**
 * The expected number of transactions of a customer with pattern (x, t_x, n) over the next n* opportunities,
 * n + 1 … n + n*, under a fitted BG/BB model: E[X(n, n+n*) | x, t_x, n] (Fader, Hardie & Shang 2010, eq. 13).
 *
 * @remarks
 * E = B(α+x+1, β+n−x)/B(α,β) / L · Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ,δ), the sum of eq. 13's closed form taken
 * term by term (recurrence B(γ, δ+t+1) = B(γ, δ+t)·(δ+t)/(γ+δ+t)), so γ = 1 needs no special case. O(n*).
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param nStar - Number of future opportunities, an integer in [0, 10⁷].
 * @param customer - `{ frequency, recency, opportunities }`.
 * @returns The expectation, ≥ 0 (0 for n* = 0), at most n*.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, n* or pattern (with its path).
 * @example
 * ```ts
 * import { bgBbConditionalExpectedPurchases } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbConditionalExpectedPurchases(fit, 5, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(2); // => "3.75"
 * bgBbConditionalExpectedPurchases(fit, 5, { frequency: 0, recency: 0, opportunities: 6 }).toFixed(3); // => "0.073"
 * ```
 * @category CLV
 */
export function bgBbConditionalExpectedPurchases(
  fit: Pick<BgBbFit, "model" | "params">,
  nStar: number,
  customer: BgBbPattern,
): number {
  const fn = "bgBbConditionalExpectedPurchases";
  const { alpha, beta, gamma, delta } = checkBgBbModel(fn, fit);
  const horizon = checkOpportunityCount(fn, nStar, ["nStar"]);
  const [x, tx, n] = checkBgBbCustomer(fn, customer);
  if (horizon === 0) return 0;
  const logTerm =
    logBetaUnchecked(alpha + x + 1, beta + n - x) -
    logBetaUnchecked(alpha, beta) +
    logBetaUnchecked(gamma, delta + n + 1) -
    logBetaUnchecked(gamma, delta) -
    bgBbLogLikelihoodOne(alpha, beta, gamma, delta, x, tx, n);
  const value = Math.exp(logTerm) * bgBbSurvivalSum(gamma, delta, n + 1, horizon);
  return Math.min(horizon, Math.max(0, value));
}
