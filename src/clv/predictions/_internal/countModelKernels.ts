// The plug-in point of the count-model predictions: one case per model in each function below. A new
// model (Pareto/NBD, MBG/NBD, …) adds its fit type to CountModelFit, its parameter names to
// checkCountModel, and one case here per quantity; the public functions (probabilityAlive,
// conditionalExpectedPurchases, …) then work for it unchanged. TypeScript reports a missing case, since
// each switch must return for every member of the union.

import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import { bgNbdConditionalExpectedPurchases } from "../../bgNbd/_internal/bgNbdConditionalExpectedPurchases.ts";
import { bgNbdProbabilityAlive } from "../../bgNbd/_internal/bgNbdProbabilityAlive.ts";
import { bgNbdPurchaseCountProbability } from "../../bgNbd/_internal/bgNbdPurchaseCountProbability.ts";
import type { CountModel } from "../../CountModelFit.ts";
import { mbgNbdConditionalExpectedPurchases } from "../../mbgNbd/_internal/mbgNbdConditionalExpectedPurchases.ts";
import { mbgNbdProbabilityAlive } from "../../mbgNbd/_internal/mbgNbdProbabilityAlive.ts";
import { mbgNbdPurchaseCountProbability } from "../../mbgNbd/_internal/mbgNbdPurchaseCountProbability.ts";
import { paretoNbdConditionalExpectedPurchases } from "../../paretoNbd/_internal/paretoNbdConditionalExpectedPurchases.ts";
import { paretoNbdProbabilityAlive } from "../../paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { paretoNbdPurchaseCountProbability } from "../../paretoNbd/_internal/paretoNbdPurchaseCountProbability.ts";

/**
 * P(alive | x, t_x, T) of a fitted count model.
 *
 * @param fit - A checked fit.
 * @returns The kernel.
 * @internal
 */
export function probabilityAliveKernel(fit: CountModel): CustomerKernel {
  switch (fit.model) {
    case "bg-nbd":
      return bgNbdProbabilityAlive(fit.params);
    case "pareto-nbd":
      return paretoNbdProbabilityAlive(fit.params);
    case "mbg-nbd":
      return mbgNbdProbabilityAlive(fit.params);
  }
}

/**
 * E[purchases in (T, T + t] | x, t_x, T] of a fitted count model; with x = t_x = T = 0 it is the expected
 * purchases of a new customer in (0, t].
 *
 * @param fit - A checked fit.
 * @param t - Horizon ≥ 0 in the fit's unit.
 * @returns The kernel.
 * @internal
 */
export function conditionalExpectedPurchasesKernel(fit: CountModel, t: number): CustomerKernel {
  switch (fit.model) {
    case "bg-nbd":
      return bgNbdConditionalExpectedPurchases(fit.params, t);
    case "pareto-nbd":
      return paretoNbdConditionalExpectedPurchases(fit.params, t);
    case "mbg-nbd":
      return mbgNbdConditionalExpectedPurchases(fit.params, t);
  }
}

/**
 * P(X(t) = n) for a new customer under a fitted count model.
 *
 * @param fit - A checked fit.
 * @param n - Integer ≥ 0.
 * @param t - Horizon ≥ 0 in the fit's unit.
 * @returns The probability (NaN if it cannot be evaluated).
 * @internal
 */
export function purchaseCountProbabilityOf(fit: CountModel, n: number, t: number): number {
  switch (fit.model) {
    case "bg-nbd":
      return bgNbdPurchaseCountProbability(fit.params, n, t);
    case "mbg-nbd":
      return mbgNbdPurchaseCountProbability(fit.params, n, t);
    case "pareto-nbd":
      return paretoNbdPurchaseCountProbability(fit.params, n, t);
  }
}
