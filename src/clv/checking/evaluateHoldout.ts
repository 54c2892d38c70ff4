import { expectedHoldoutPurchases } from "../_internal/expectedHoldoutPurchases.ts";
import { checkingDataReaders } from "../_internal/timeAxisReaders.ts";
import type { BgBbHoldoutData } from "../bgBb/BgBbHoldoutData.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";
import type { HoldoutSummaries } from "./calibrationHoldoutTable.ts";

/**
 * The result of {@link evaluateHoldout}: per-customer and aggregate errors of a count model's holdout
 * predictions.
 *
 * @example
 * ```ts
 * import type { HoldoutEvaluation } from "clientele/clv";
 * const e: HoldoutEvaluation = {
 *   customers: 2357, mae: 0.6, rmse: 1.6, aggregateActual: 1882, aggregateExpected: 1890, aggregateError: 0.004,
 * };
 * ```
 * @category Model checking
 */
export interface HoldoutEvaluation {
  /** Number of customers n. */
  readonly customers: number;
  /** Mean absolute error (1/n) Σ |x*ᵢ − E[x*ᵢ]|. */
  readonly mae: number;
  /** Root mean squared error √((1/n) Σ (x*ᵢ − E[x*ᵢ])²). */
  readonly rmse: number;
  /** Total actual holdout purchases Σ x*ᵢ. */
  readonly aggregateActual: number;
  /** Total expected holdout purchases Σ E[x*ᵢ]. */
  readonly aggregateExpected: number;
  /** Relative error of the total, (expected − actual)/actual; `null` when no holdout purchase was made. */
  readonly aggregateError: number | null;
}

/**
 * Scores a count model's holdout predictions: each customer's conditional expected purchases over their
 * holdout period against the purchases they actually made there, as per-customer errors (MAE, RMSE) and
 * as an error of the total. Use it to compare models fitted to the same calibration data (lower is better).
 *
 * @remarks
 * E[x*ᵢ] = {@link conditionalExpectedPurchases}(fit, t*ᵢ, (xᵢ, t_xᵢ, Tᵢ)) with t*ᵢ the customer's
 * `holdoutDuration`. `aggregateError` is positive when the model over-forecasts. Note that a conditional
 * expectation is not a forecast of an integer count: even a perfect model has MAE and RMSE well above 0
 * (Poisson noise), so compare models by these numbers, never read them against 0. Checked on CDNOW against
 * the same sums computed customer by customer (test/clv/checking/evaluateHoldout.test.ts).
 *
 * **BG/BB**: pass the patterns with their holdout ({@link BgBbHoldoutData}, as for
 * {@link calibrationHoldoutTable}); E[x*ᵢ] is the expectation over the customer's n* holdout opportunities
 * (Fader, Hardie & Shang 2010, eq. 13) and each row counts `count` times, so compare BG/BB fits (or a
 * BG/BB fit against a simpler rule) on the same patterns.
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param summaries - Calibration summaries with `holdoutFrequency` and `holdoutDuration`, in the fit's unit;
 *   for BG/BB, patterns with `holdoutFrequency` and `holdoutOpportunities`.
 * @returns The errors.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, a bad or missing summary value, or a
 *   summary unit that is not the fit's.
 * @throws {@link ClienteleDomainError} `insufficient_data` without customers; `domain_error` for impossible
 *   rows or a value that cannot be evaluated accurately.
 * @example
 * ```ts
 * import { type CountModel, evaluateHoldout } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const e = evaluateHoldout(fit, [
 *   { customerId: "a", frequency: 0, recency: 0, T: 38, holdoutFrequency: 0, holdoutDuration: 39 },
 *   { customerId: "b", frequency: 2, recency: 30, T: 38, holdoutFrequency: 3, holdoutDuration: 39 },
 * ]);
 * e.aggregateActual; // => 3
 * e.aggregateExpected.toFixed(2); // => "1.45"
 * ```
 * @see {@link calibrationHoldoutTable}
 * @category Model checking
 */
export function evaluateHoldout(fit: CountModel, summaries: HoldoutSummaries): HoldoutEvaluation;
export function evaluateHoldout(fit: BgBbModel, patterns: BgBbHoldoutData): HoldoutEvaluation;
export function evaluateHoldout(
  fit: CountModel | BgBbModel,
  summaries: HoldoutSummaries | BgBbHoldoutData,
): HoldoutEvaluation {
  const fn = "evaluateHoldout";
  const model = readPredictionModel(fn, fit);
  const data = checkingDataReaders[model.kernels.timeAxis](fn, summaries, model.unit, true);
  const expected = expectedHoldoutPurchases(fn, model, data);
  const actual = data.holdoutFrequency;
  const weight = data.weight;
  let n = 0;
  let absolute = 0;
  let squared = 0;
  let actualTotal = 0;
  let expectedTotal = 0;
  for (let i = 0; i < actual.length; i++) {
    const w = weight === undefined ? 1 : weight[i]!;
    const a = actual[i]!;
    const e = expected[i]!;
    const d = a - e;
    n += w;
    absolute += w * Math.abs(d);
    squared += w * d * d;
    actualTotal += w * a;
    expectedTotal += w * e;
  }
  return {
    customers: n,
    mae: absolute / n,
    rmse: Math.sqrt(squared / n),
    aggregateActual: actualTotal,
    aggregateExpected: expectedTotal,
    aggregateError: actualTotal > 0 ? (expectedTotal - actualTotal) / actualTotal : null,
  };
}
