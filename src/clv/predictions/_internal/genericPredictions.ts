// The generic predictions over any fit the dispatch knows (probabilityAlive, conditionalExpectedPurchases,
// expectedPurchases, and their bootstrap intervals, which call these once per parameter draw): read the fit
// (readPredictionModel), then work through its kernel record only. Errors carry the public function's name.

import { checkKernelResult } from "../../_internal/mapCustomers.ts";
import { type CustomerInput, readCustomers } from "../../_internal/readCustomers.ts";
import type { BgBbModel } from "../../bgBb/BgBbModel.ts";
import type { CountModel } from "../../CountModelFit.ts";
import { readPredictionModel } from "./readPredictionModel.ts";

/**
 * Reads the customers argument of a prediction under a fit (both untrusted): one customer or columns in
 * the model's shape (`{ frequency, recency, T }`, or for BG/BB `{ frequency, recency, opportunities }`),
 * rows of them, or a summary `{ rows, metadata }` (a `TransactionSummary` must be in the fit's unit; see
 * `readCustomers`). Read once, then evaluated under as many parameter draws as an interval needs.
 *
 * @param fn - Public function name.
 * @param fit - The fit.
 * @param customer - The argument, at path `customer`.
 * @returns The customers as one customer or columns, with their paths.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, rows that are not objects, or a
 *   summary in another unit than the fit's.
 * @internal
 */
export function readCustomersOf(fn: string, fit: CountModel | BgBbModel, customer: unknown): CustomerInput {
  const { kernels, unit } = readPredictionModel(fn, fit);
  const unitCheck = kernels.timeAxis === "fit-unit" ? { fitUnit: unit } : "none";
  return readCustomers(fn, customer, kernels.customerFields, "customer", unitCheck);
}

/**
 * P(alive) of customers read by {@link readCustomersOf} under a count-model or BG/BB fit (untrusted).
 *
 * @param fn - Public function name.
 * @param fit - The fit.
 * @param customers - From {@link readCustomersOf}.
 * @returns A number for one customer, a Float64Array in input order otherwise.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function probabilityAliveOf(
  fn: string,
  fit: CountModel | BgBbModel,
  customers: CustomerInput,
): number | Float64Array {
  const { kernels, params } = readPredictionModel(fn, fit);
  return kernels.mapCustomers(fn, customers.customers, kernels.probabilityAlive(params), true, customers.at);
}

/**
 * Expected purchases in the next `t` (a horizon on the model's axis: a time in the fit's unit, or a whole
 * number of opportunities) of one customer or columns.
 *
 * @param fn - Public function name.
 * @param fit - The fit (untrusted).
 * @param t - The horizon (untrusted; path `t`).
 * @param customers - From {@link readCustomersOf}.
 * @returns A number for one customer, a Float64Array in input order otherwise.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function conditionalExpectedPurchasesOf(
  fn: string,
  fit: CountModel | BgBbModel,
  t: number,
  customers: CustomerInput,
): number | Float64Array {
  const { kernels, params } = readPredictionModel(fn, fit);
  const horizon = kernels.readHorizon(fn, t, ["t"]);
  const kernel = kernels.conditionalExpectedPurchases(params, horizon);
  return kernels.mapCustomers(fn, customers.customers, kernel, false, customers.at);
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
