import { checkPeriodIndex } from "./_internal/checkPeriodIndex.ts";
import { checkRetentionModel } from "./_internal/checkRetentionModel.ts";
import type { RetentionModel } from "./RetentionModel.ts";

/** Longest curve, in periods (80 MB of Float64Array). */
const MAX_PERIODS = 10_000_000;

/**
 * The survival curve of a new cohort under a fitted retention model: S(t), the share of customers still
 * active at the start of period t (after t renewals), for t = 0, 1, …, `periods`.
 *
 * @remarks
 * sBG: Fader & Hardie (2007), eq. 2, S(t) = B(α, β + t)/B(α, β) = Π_{j=1}^{t} r(j) with the retention
 * rates r(j) = (β + j − 1)/(α + β + j − 1) of {@link retentionRate}; S(0) = 1. Computed as that running
 * product, which stays within 2e-13 relative of the closed form (mpmath) up to t = 1000 and never gives
 * NaN (it underflows to 0 at most). Non-increasing in t. `t` counts periods of `fit.unit`.
 *
 * Multiply by a cohort size for expected survivor counts, or use {@link projectSurvivors}, which also
 * starts from a cohort that has already renewed some times.
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param periods - Last period t, an integer in [0, 10⁷].
 * @returns A fresh `Float64Array` of length `periods + 1`: S(0) = 1, S(1), …, S(periods).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit` (path `fit.params.alpha`, …) or
 *   `periods`.
 * @example
 * ```ts
 * import { type RetentionModel, survivalCurve } from "clientele/clv";
 * // Fader & Hardie (2007), "regular" cohort: projected share active at the start of years 0–12
 * const regular: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 0.704, beta: 1.182 }, unit: "year" };
 * const s = survivalCurve(regular, 12);
 * s[0]; // => 1
 * s[1]?.toFixed(3); // => "0.627"
 * s[12]?.toFixed(3); // => "0.170"
 * ```
 * @see {@link retentionRate}, {@link projectSurvivors}
 * @category sBG
 */
export function survivalCurve(fit: RetentionModel, periods: number): Float64Array {
  const fn = "survivalCurve";
  const { alpha, beta } = checkRetentionModel(fn, fit).params;
  const n = checkPeriodIndex(fn, periods, ["periods"], 0, MAX_PERIODS, "the last period of the curve");
  const curve = new Float64Array(n + 1);
  let s = 1;
  curve[0] = 1;
  for (let t = 1; t <= n; t++) {
    s /= 1 + alpha / (beta + (t - 1));
    curve[t] = s;
  }
  return curve;
}
