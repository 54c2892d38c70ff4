import type { BgBbData, BgBbPattern } from "../../rfm/BgBbData.ts";
import type { OpportunitiesSummary } from "../../rfm/summarizeOpportunities.ts";
import type { CustomerHistories, CustomerHistory } from "../CustomerHistory.ts";
import { probabilityAliveOf, readCustomersOf } from "../predictions/_internal/genericPredictions.ts";
import {
  type BgBbModelWithCovariance,
  bootstrapInterval,
  type CountModelWithCovariance,
  type PredictionInterval,
  type PredictionIntervalOptions,
} from "./predictionInterval.ts";

/**
 * An interval for {@link probabilityAlive} reflecting the uncertainty of the fitted parameters (parametric
 * bootstrap on the log-parameters; see {@link predictionInterval}). One customer gives numbers; columns, rows
 * or a summary give `Float64Array`s (entry i is customer i, row i for rows).
 *
 * @remarks
 * The interval is for the model's P(alive) of this (x, t_x, T) given parameter uncertainty, not a
 * statement about whether the customer is alive. Under BG/NBD every customer with x = 0 has P(alive) = 1
 * for every parameter value, so their interval is [1, 1].
 *
 * @param fit - A fit with its covariance ({@link CountModelWithCovariance}), or a BG/BB fit with its
 *   covariance ({@link BgBbModelWithCovariance}).
 * @param customer - `{ frequency, recency, T }` in the fit's unit, or many of them
 *   ({@link CustomerHistories}: columns, rows or a `TransactionSummary` in the fit's unit); for BG/BB
 *   `{ frequency, recency, opportunities }`, columns or rows of them, or an `OpportunitiesSummary`. Rows are
 *   read once, not once per draw.
 * @param options - `seed` (required), `draws` (1000), `level` (0.9), `onProgress`, `signal`.
 * @returns `{ estimate, lower, upper, level, draws }`.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, covariance, options or customer value.
 * @throws {@link ClienteleDomainError} `domain_error` for an impossible customer, a covariance that is not
 *   positive definite, or a value that cannot be evaluated.
 * @example
 * ```ts
 * import { fitBgNbd, probabilityAliveInterval, simulateBgNbd } from "clientele/clv";
 * const fit = fitBgNbd(simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 5000, T: 52, seed: 1 }), { unit: "week" });
 * const i = probabilityAliveInterval(fit, { frequency: 2, recency: 10, T: 52 }, { seed: 3 });
 * i.lower <= i.estimate && i.estimate <= i.upper; // => true
 * ```
 * @see {@link predictionInterval}
 * @category Uncertainty
 */
export function probabilityAliveInterval(
  fit: CountModelWithCovariance,
  customer: CustomerHistory,
  options: PredictionIntervalOptions,
): PredictionInterval<number>;
export function probabilityAliveInterval(
  fit: CountModelWithCovariance,
  customers: CustomerHistories,
  options: PredictionIntervalOptions,
): PredictionInterval<Float64Array>;
export function probabilityAliveInterval(
  fit: BgBbModelWithCovariance,
  customer: BgBbPattern,
  options: PredictionIntervalOptions,
): PredictionInterval<number>;
export function probabilityAliveInterval(
  fit: BgBbModelWithCovariance,
  customers: BgBbData | OpportunitiesSummary,
  options: PredictionIntervalOptions,
): PredictionInterval<Float64Array>;
export function probabilityAliveInterval(
  fit: CountModelWithCovariance | BgBbModelWithCovariance,
  customer: CustomerHistory | CustomerHistories | BgBbPattern | BgBbData | OpportunitiesSummary,
  options: PredictionIntervalOptions,
): PredictionInterval<number | Float64Array> {
  const fn = "probabilityAliveInterval";
  const customers = readCustomersOf(fn, fit, customer);
  return bootstrapInterval(fn, fit, (model) => probabilityAliveOf(fn, model, customers), options);
}
