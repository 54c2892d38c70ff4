// Pareto/NBD expected number of purchases in (T, T + t] of a customer with summary (x, t_x, T)
// (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note 009, eq. 25):
//   E[Y(t) | x, t_x, T] = (r + x)(β + T) / ((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s−1)] · P(alive),
// i.e. the posterior mean purchase rate (r + x)/(α + T) times the expected alive time in (T, T + t] of a
// customer alive at T, (β + T) · [1 − (1 + u)^(−(s−1))]/(s − 1) with u = t/(β + T). That factor is taken as
// −expm1(−(s − 1) ln(1 + u))/(s − 1) with ln(1 + u) = log1p(u), which has full relative accuracy for every
// t > 0 (no cancellation as t → 0, where it tends to u, so E[X(t)]/t → r/α) and for s near 1, where it
// becomes ln(1 + u)(1 − (s − 1) ln(1 + u)/2) (next term (s − 1)² ln³(1 + u)/6, below 10⁻¹⁶ relative).
// With x = t_x = T = 0 (P(alive) = 1) it is E[X(t)] = rβ/(α(s − 1)) · [1 − (β/(β + t))^(s−1)]. The factor is
// paretoNbdAliveTime; over many customers the mean and P(alive) are interpolated per x (paretoNbdScoringKernel.ts).
import type { ColumnKernel, CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { paretoNbdProbabilityAliveClosedForm } from "./paretoNbdProbabilityAlive.ts";
import { paretoNbdScoringKernel } from "./paretoNbdScoringKernel.ts";

/**
 * The Pareto/NBD conditional-expectation kernel for given parameters and horizon t ≥ 0, with its column form:
 * the mean purchases of a customer alive throughout (paretoNbdAliveTime) times P(alive), both interpolated per x
 * over many customers with a checked bound (paretoNbdScoringKernel.ts), the closed forms otherwise.
 *
 * @param params - r, α, s, β.
 * @param t - Horizon, finite, ≥ 0.
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdConditionalExpectedPurchases(params: ParetoNbdParams, t: number): CustomerKernel {
  if (t === 0) {
    const columns: ColumnKernel = (_x, _tx, _T, out) => out.fill(0);
    return Object.assign(() => 0, { columns });
  }
  return paretoNbdScoringKernel(params, t, paretoNbdProbabilityAliveClosedForm(params));
}
