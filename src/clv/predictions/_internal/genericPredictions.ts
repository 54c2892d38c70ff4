// The generic predictions over any fit the dispatch knows (probabilityAlive, conditionalExpectedPurchases,
// expectedPurchases, and their bootstrap intervals, which call these once per parameter draw): read the fit
// (readPredictionModel), then work through its kernel record only. Errors carry the public function's name.

import { checkKernelResult } from "../../_internal/mapCustomers.ts";
import type { BgBbModel } from "../../bgBb/BgBbModel.ts";
import type { CountModel } from "../../CountModelFit.ts";
import { readPredictionModel } from "./readPredictionModel.ts";

/**
 * P(alive) of one customer or columns under a count-model or BG/BB fit (both untrusted).
 *
 * @param fn - Public function name.
 * @param fit - The fit.
 * @param customer - In the model's shape (`{ frequency, recency, T }`, or for BG/BB
 *   `{ frequency, recency, opportunities }`); one customer or columns.
 * @returns A number, or a Float64Array for columns.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function probabilityAliveOf(fn: string, fit: CountModel | BgBbModel, customer: unknown): number | Float64Array {
  const { kernels, params } = readPredictionModel(fn, fit);
  return kernels.mapCustomers(fn, customer, kernels.probabilityAlive(params), true);
}

/**
 * Expected purchases in the next `t` (a horizon on the model's axis: a time in the fit's unit, or a whole
 * number of opportunities) of one customer or columns.
 *
 * @param fn - Public function name.
 * @param fit - The fit (untrusted).
 * @param t - The horizon (untrusted; path `t`).
 * @param customer - As for {@link probabilityAliveOf}.
 * @returns A number, or a Float64Array for columns.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function conditionalExpectedPurchasesOf(
  fn: string,
  fit: CountModel | BgBbModel,
  t: number,
  customer: unknown,
): number | Float64Array {
  const { kernels, params } = readPredictionModel(fn, fit);
  const horizon = kernels.readHorizon(fn, t, ["t"]);
  return kernels.mapCustomers(fn, customer, kernels.conditionalExpectedPurchases(params, horizon), false);
}

/**
 * E[X(t)] of a new customer: the conditional expectation at x = t_x = 0 and T (or n) = 0.
 *
 * @param fn - Public function name.
 * @param fit - The fit (untrusted).
 * @param t - The horizon (untrusted; path `t`).
 * @returns The expectation.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function expectedPurchasesOf(fn: string, fit: CountModel | BgBbModel, t: number): number {
  const { kernels, params } = readPredictionModel(fn, fit);
  const horizon = kernels.readHorizon(fn, t, ["t"]);
  return checkKernelResult(fn, kernels.conditionalExpectedPurchases(params, horizon)(0, 0, 0), false, []);
}
