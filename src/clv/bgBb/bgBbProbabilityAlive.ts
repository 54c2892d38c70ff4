import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import type { BgBbPattern, BgBbPatternColumns } from "../../rfm/BgBbData.ts";
import { mapPatterns, type PatternKernel } from "../_internal/mapPatterns.ts";
import { bgBbLogLikelihoodScaled } from "./_internal/bgBbLogLikelihood.ts";
import { checkBgBbModel } from "./_internal/checkBgBbModel.ts";
import type { BgBbModel } from "./BgBbModel.ts";
import type { BgBbParams } from "./BgBbParams.ts";

/**
 * The probability that a customer with pattern (x, t_x, n) is alive at opportunity n + 1 under a fitted
 * BG/BB model (Fader, Hardie & Shang 2010, eq. 11).
 *
 * @remarks
 * P(alive at n+1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(α,β,γ,δ | x, t_x, n), in log
 * space. A customer who transacted at the last opportunity (t_x = n) is alive at n and so gets the
 * posterior retention probability E[1 − θ | …]; the value falls as the last transaction recedes. The same
 * as {@link probabilityAlive} given a BG/BB fit.
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param customer - `{ frequency, recency, opportunities }` (count ignored), or columns of them.
 * @returns P(alive) in [0, 1]: a number, or a `Float64Array` for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit or pattern (path `customer.frequency`
 *   when x > n).
 * @example
 * ```ts
 * import { bgBbProbabilityAlive } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbProbabilityAlive(fit, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(3); // => "0.930"
 * bgBbProbabilityAlive(fit, { frequency: 1, recency: 1, opportunities: 6 }).toFixed(3); // => "0.069"
 * ```
 * @category BG/BB
 */
export function bgBbProbabilityAlive(fit: BgBbModel, customer: BgBbPattern): number;
export function bgBbProbabilityAlive(fit: BgBbModel, customers: BgBbPatternColumns): Float64Array;
export function bgBbProbabilityAlive(
  fit: BgBbModel,
  customer: BgBbPattern | BgBbPatternColumns,
): number | Float64Array {
  const fn = "bgBbProbabilityAlive";
  return mapPatterns(fn, customer, bgBbProbabilityAliveKernel(checkBgBbModel(fn, fit)), true);
}

/**
 * The BG/BB P(alive at n + 1 | x, t_x, n) kernel for given parameters (see {@link bgBbProbabilityAlive}).
 *
 * @param params - α, β, γ, δ.
 * @returns (x, t_x, n) ↦ P(alive).
 * @internal
 */
export function bgBbProbabilityAliveKernel(params: BgBbParams): PatternKernel {
  const { alpha, beta, gamma, delta } = params;
  // B(α, β) B(γ, δ) cancels between the numerator and L, so neither side carries it.
  return (x, tx, n) => {
    const logTerm = logBetaUnchecked(alpha + x, beta + n - x) + logBetaUnchecked(gamma, delta + n + 1);
    return Math.exp(logTerm - bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n));
  };
}
