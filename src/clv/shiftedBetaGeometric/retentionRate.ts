import { checkPeriodIndex } from "./_internal/checkPeriodIndex.ts";
import { checkRetentionModel } from "./_internal/checkRetentionModel.ts";
import type { RetentionModel } from "./RetentionModel.ts";

/**
 * The retention rate of period t under a fitted retention model: the share of the customers active in
 * period t − 1 who renew into period t, r(t) = S(t)/S(t − 1).
 *
 * @remarks
 * sBG: Fader & Hardie (2007), eq. 4, r(t) = (β + t − 1)/(α + β + t − 1), computed as
 * 1/(1 + α/(β + t − 1)) so that it never overflows. Every customer has a constant churn probability θ;
 * the cohort's retention rate still **rises with tenure**, because the customers with a high θ leave
 * first (a sorting effect, not a change in anyone's behaviour). A model with one constant churn rate
 * misses this and undervalues long-tenure customers (Fader & Hardie 2010). r(t) is in (0, 1) and
 * non-decreasing in t, tending to 1.
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param t - The period, an integer ≥ 1 (1: the first renewal, from period 0 into period 1).
 * @returns r(t) in [0, 1].
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit` or `t`.
 * @example
 * ```ts
 * import { type RetentionModel, retentionRate } from "clientele/clv";
 * // Fader & Hardie (2007), "regular" cohort: the retention rate rises with tenure
 * const regular: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 0.704, beta: 1.182 }, unit: "year" };
 * retentionRate(regular, 1).toFixed(3); // => "0.627"
 * retentionRate(regular, 2).toFixed(3); // => "0.756"
 * retentionRate(regular, 12).toFixed(3); // => "0.945"
 * ```
 * @see {@link survivalCurve}
 * @category sBG
 */
export function retentionRate(fit: RetentionModel, t: number): number {
  const fn = "retentionRate";
  const { alpha, beta } = checkRetentionModel(fn, fit).params;
  const period = checkPeriodIndex(fn, t, ["t"], 1, Number.MAX_SAFE_INTEGER, "a period, 1 for the first renewal");
  return 1 / (1 + alpha / (beta + (period - 1)));
}
