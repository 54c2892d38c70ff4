import { bgBbLogLikelihoodOne } from "../../_lib/bgBbLogLikelihood.ts";
import { checkBgBbCustomer, checkBgBbModel } from "../../_lib/checkBgBbModel.ts";
import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import type { BgBbPattern } from "./BgBbData.ts";
import type { BgBbFit } from "./BgBbFit.ts";

/**
 * The probability that a customer with pattern (x, t_x, n) is alive at opportunity n + 1 under a fitted
 * BG/BB model (Fader, Hardie & Shang 2010, eq. 11).
 *
 * @remarks
 * P(alive at n+1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(α,β,γ,δ | x, t_x, n), in log
 * space. A customer who transacted at the last opportunity (t_x = n) is alive at n and so gets the
 * posterior retention probability E[1 − θ | …]; the value falls as the last transaction recedes.
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param customer - `{ frequency, recency, opportunities }` (count ignored).
 * @returns P(alive) in [0, 1].
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit or pattern (path `customer.frequency`
 *   when x > n).
 * @example
 * ```ts
 * import { bgBbProbabilityAlive } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbProbabilityAlive(fit, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(3); // => "0.930"
 * bgBbProbabilityAlive(fit, { frequency: 1, recency: 1, opportunities: 6 }).toFixed(3); // => "0.069"
 * ```
 * @category CLV
 */
export function bgBbProbabilityAlive(fit: Pick<BgBbFit, "model" | "params">, customer: BgBbPattern): number {
  const fn = "bgBbProbabilityAlive";
  const { alpha, beta, gamma, delta } = checkBgBbModel(fn, fit);
  const [x, tx, n] = checkBgBbCustomer(fn, customer);
  const logTerm =
    logBetaUnchecked(alpha + x, beta + n - x) -
    logBetaUnchecked(alpha, beta) +
    logBetaUnchecked(gamma, delta + n + 1) -
    logBetaUnchecked(gamma, delta);
  const p = Math.exp(logTerm - bgBbLogLikelihoodOne(alpha, beta, gamma, delta, x, tx, n));
  return Math.min(1, Math.max(0, p));
}
