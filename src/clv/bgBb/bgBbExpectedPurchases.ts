import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import { bgBbSurvivalSum } from "./_internal/bgBbSurvivalSum.ts";
import { checkBgBbModel, checkOpportunityCount } from "./_internal/checkBgBbModel.ts";
import type { BgBbModel } from "./BgBbModel.ts";

/**
 * The expected number of transactions of a new customer over the first n opportunities after their first
 * transaction, under a fitted BG/BB model: E[X(n)] (Fader, Hardie & Shang 2010, eq. 7).
 *
 * @remarks
 * E[X(n)] = α/(α+β) · Σ_{t=1}^{n} B(γ, δ+t)/B(γ,δ), which eq. 7 writes in closed form as
 * α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)Γ(1+δ+n)/(Γ(γ+δ+n)Γ(1+δ))]; the sum is taken term by term (no
 * singularity at γ = 1). Increasing in n. O(n).
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param n - Number of opportunities, an integer in [0, 10⁷].
 * @returns E[X(n)] ≥ 0 (0 at n = 0).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit or n.
 * @example
 * ```ts
 * import { bgBbExpectedPurchases } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbExpectedPurchases(fit, 6).toFixed(3); // => "2.220"
 * bgBbExpectedPurchases(fit, 0); // => 0
 * ```
 * @category BG/BB
 */
export function bgBbExpectedPurchases(fit: BgBbModel, n: number): number {
  const fn = "bgBbExpectedPurchases";
  const { alpha, beta, gamma, delta } = checkBgBbModel(fn, fit);
  const horizon = checkOpportunityCount(fn, n, ["n"]);
  if (horizon === 0) return 0;
  const first = Math.exp(logBetaUnchecked(gamma, delta + 1) - logBetaUnchecked(gamma, delta));
  return (alpha / (alpha + beta)) * first * bgBbSurvivalSum(gamma, delta, 1, horizon);
}
