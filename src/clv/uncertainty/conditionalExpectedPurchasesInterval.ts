import type { BgBbData, BgBbPattern } from "../../rfm/BgBbData.ts";
import type { OpportunitiesSummary } from "../../rfm/summarizeOpportunities.ts";
import type { CustomerHistories, CustomerHistory } from "../CustomerHistory.ts";
import { conditionalExpectedPurchasesOf, readCustomersOf } from "../predictions/_internal/genericPredictions.ts";
import {
  type BgBbModelWithCovariance,
  bootstrapInterval,
  type CountModelWithCovariance,
  type PredictionInterval,
  type PredictionIntervalOptions,
} from "./predictionInterval.ts";

/**
 * An interval for {@link conditionalExpectedPurchases} (expected purchases in the next `t`) reflecting
 * the uncertainty of the fitted parameters (parametric bootstrap on the log-parameters; see
 * {@link predictionInterval}). One customer gives numbers; columns, rows or a summary give
 * `Float64Array`s (entry i is customer i, row i for rows).
 *
 * @remarks
 * The interval is for the customer's **expected** number of purchases given parameter uncertainty, not a
 * predictive interval for the number they will make (that one is much wider: even with known parameters a
 * customer expected to buy 1.5 times buys 0, 1, 2, 3, … times). Multiply by a margin per purchase for an
 * interval of expected residual value, or use {@link predictionInterval} with your own value function.
 *
 * @param fit - A fit with its covariance ({@link CountModelWithCovariance}), or a BG/BB fit with its
 *   covariance ({@link BgBbModelWithCovariance}).
 * @param t - Horizon, finite, ≥ 0, in the fit's unit; for BG/BB a whole number of opportunities.
 * @param customer - `{ frequency, recency, T }` in the fit's unit, or many of them
 *   ({@link CustomerHistories}: columns, rows or a `TransactionSummary` in the fit's unit); for BG/BB
 *   `{ frequency, recency, opportunities }`, columns or rows of them, or an `OpportunitiesSummary`. Rows are
 *   read once, not once per draw.
 * @param options - `seed` (required), `draws` (1000), `level` (0.9), `onProgress`, `signal`.
 * @returns `{ estimate, lower, upper, level, draws }`.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, covariance, `t`, options or customer value.
 * @throws {@link ClienteleDomainError} `domain_error` for an impossible customer, a covariance that is not
 *   positive definite, or a value that cannot be evaluated.
 * @example
 * ```ts
 * import { conditionalExpectedPurchasesInterval, fitBgNbd, simulateBgNbd } from "clientele/clv";
 * const fit = fitBgNbd(simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 5000, T: 52, seed: 1 }), { unit: "week" });
 * const i = conditionalExpectedPurchasesInterval(fit, 52, { frequency: [0, 3], recency: [0, 40], T: [52, 52] }, { seed: 3 });
 * i.estimate.length; // => 2
 * i.lower[1]! < i.upper[1]!; // => true
 * ```
 * @see {@link predictionInterval}
 * @category Uncertainty
 */
export function conditionalExpectedPurchasesInterval(
  fit: CountModelWithCovariance,
  t: number,
  customer: CustomerHistory,
  options: PredictionIntervalOptions,
): PredictionInterval<number>;
export function conditionalExpectedPurchasesInterval(
  fit: CountModelWithCovariance,
  t: number,
  customers: CustomerHistories,
  options: PredictionIntervalOptions,
): PredictionInterval<Float64Array>;
export function conditionalExpectedPurchasesInterval(
  fit: BgBbModelWithCovariance,
  nStar: number,
  customer: BgBbPattern,
  options: PredictionIntervalOptions,
): PredictionInterval<number>;
export function conditionalExpectedPurchasesInterval(
  fit: BgBbModelWithCovariance,
  nStar: number,
  customers: BgBbData | OpportunitiesSummary,
  options: PredictionIntervalOptions,
): PredictionInterval<Float64Array>;
export function conditionalExpectedPurchasesInterval(
  fit: CountModelWithCovariance | BgBbModelWithCovariance,
  t: number,
  customer: CustomerHistory | CustomerHistories | BgBbPattern | BgBbData | OpportunitiesSummary,
  options: PredictionIntervalOptions,
): PredictionInterval<number | Float64Array> {
  const fn = "conditionalExpectedPurchasesInterval";
  const customers = readCustomersOf(fn, fit, customer);
  return bootstrapInterval(fn, fit, (model) => conditionalExpectedPurchasesOf(fn, model, t, customers), options);
}
