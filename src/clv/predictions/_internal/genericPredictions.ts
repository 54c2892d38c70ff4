// The dispatch behind the generic predictions (probabilityAlive, conditionalExpectedPurchases,
// expectedPurchases) and their bootstrap intervals: a BG/BB fit (by its `model`) goes to the BG/BB
// kernels over patterns (x, t_x, n) with whole-opportunity horizons; any other fit must be a count model
// and goes to countModelKernels over (x, t_x, T). Errors carry the public function's name.

import { checkCountModel } from "../../_internal/checkCountModel.ts";
import { mapCustomers } from "../../_internal/mapCustomers.ts";
import { mapPatterns } from "../../_internal/mapPatterns.ts";
import { checkBgBbModel, checkOpportunityCount, isBgBbModel } from "../../bgBb/_internal/checkBgBbModel.ts";
import type { BgBbModel } from "../../bgBb/BgBbModel.ts";
import { bgBbConditionalExpectedPurchasesKernel } from "../../bgBb/bgBbConditionalExpectedPurchases.ts";
import { bgBbProbabilityAliveKernel } from "../../bgBb/bgBbProbabilityAlive.ts";
import type { CountModel } from "../../CountModelFit.ts";
import { checkHorizon } from "./checkHorizon.ts";
import { conditionalExpectedPurchasesKernel, probabilityAliveKernel } from "./countModelKernels.ts";

/**
 * P(alive) of one customer or columns under a count-model or BG/BB fit (both untrusted).
 *
 * @param fn - Public function name.
 * @param fit - The fit.
 * @param customer - `{ frequency, recency, T }` or, for BG/BB, `{ frequency, recency, opportunities }`;
 *   one customer or columns.
 * @returns A number, or a Float64Array for columns.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function probabilityAliveOf(fn: string, fit: CountModel | BgBbModel, customer: unknown): number | Float64Array {
  if (isBgBbModel(fit)) return mapPatterns(fn, customer, bgBbProbabilityAliveKernel(checkBgBbModel(fn, fit)), true);
  return mapCustomers(fn, customer, probabilityAliveKernel(checkCountModel(fn, fit, ["bg-bb"])), true);
}

/**
 * Expected purchases in the next `t` (count models: time in the fit's unit; BG/BB: a whole number of
 * opportunities) of one customer or columns.
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
  if (isBgBbModel(fit)) {
    const params = checkBgBbModel(fn, fit);
    const kernel = bgBbConditionalExpectedPurchasesKernel(params, checkOpportunityCount(fn, t, ["t"]));
    return mapPatterns(fn, customer, kernel, false);
  }
  const model = checkCountModel(fn, fit, ["bg-bb"]);
  const horizon = checkHorizon(fn, t, ["t"]);
  return mapCustomers(fn, customer, conditionalExpectedPurchasesKernel(model, horizon), false);
}

/**
 * E[X(t)] of a new customer: the conditional expectation at x = t_x = T = 0 (BG/BB: x = t_x = n = 0).
 *
 * @param fn - Public function name.
 * @param fit - The fit (untrusted).
 * @param t - The horizon (untrusted; path `t`).
 * @returns The expectation.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as the public functions document.
 * @internal
 */
export function expectedPurchasesOf(fn: string, fit: CountModel | BgBbModel, t: number): number {
  const newCustomer = isBgBbModel(fit)
    ? { frequency: 0, recency: 0, opportunities: 0 }
    : { frequency: 0, recency: 0, T: 0 };
  return conditionalExpectedPurchasesOf(fn, fit, t, newCustomer) as number;
}
