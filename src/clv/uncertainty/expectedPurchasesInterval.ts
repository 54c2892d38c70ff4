import { expectedPurchasesOf } from "../predictions/_internal/genericPredictions.ts";
import {
  type BgBbModelWithCovariance,
  bootstrapInterval,
  type CountModelWithCovariance,
  type PredictionInterval,
  type PredictionIntervalOptions,
} from "./predictionInterval.ts";

/**
 * An interval for {@link expectedPurchases}, E[X(t)] of a new customer, reflecting the uncertainty of the
 * fitted parameters (parametric bootstrap on the log-parameters; see {@link predictionInterval}).
 *
 * @remarks
 * This is the population quantity the coverage test checks: on BG/NBD data simulated from known
 * parameters (5,000 customers, 20 seeds), the 90% interval for E[X(52)] covered the true value in at least
 * 14 of 20 replications (test/clv/uncertainty/expectedPurchasesInterval.test.ts).
 *
 * @param fit - A fit with its covariance ({@link CountModelWithCovariance}), or a BG/BB fit with its
 *   covariance ({@link BgBbModelWithCovariance}).
 * @param t - Horizon, finite, ≥ 0, in the fit's unit; for BG/BB a whole number of opportunities.
 * @param options - `seed` (required), `draws` (1000), `level` (0.9), `onProgress`, `signal`.
 * @returns `{ estimate, lower, upper, level, draws }`.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, covariance, `t` or options.
 * @throws {@link ClienteleDomainError} `domain_error` for a covariance that is not positive definite or a
 *   value that cannot be evaluated.
 * @example
 * ```ts
 * import { expectedPurchasesInterval, fitBgNbd, simulateBgNbd } from "clientele/clv";
 * const fit = fitBgNbd(simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 5000, T: 52, seed: 1 }), { unit: "week" });
 * const i = expectedPurchasesInterval(fit, 52, { seed: 3 });
 * i.lower < i.estimate && i.estimate < i.upper; // => true
 * ```
 * @see {@link predictionInterval}
 * @category Uncertainty
 */
export function expectedPurchasesInterval(
  fit: CountModelWithCovariance | BgBbModelWithCovariance,
  t: number,
  options: PredictionIntervalOptions,
): PredictionInterval<number> {
  const fn = "expectedPurchasesInterval";
  return bootstrapInterval(fn, fit, (model) => expectedPurchasesOf(fn, model, t), options);
}
