// Pareto/NBD probability that a customer with summary (x, t_x, T) is alive at T (Fader & Hardie 2005,
// note 009, eq. 24; Schmittlein, Morrison & Colombo 1987):
//   P(alive | x, t_x, T) = 1 / (1 + s/(r + s + x) · (α + T)^(r+x) (β + T)^s · A₀),
// with A₀ of paretoNbdLogA0.ts, evaluated as the logistic of −(ln s − ln(r + s + x) + (r + x) ln(α + T)
// + s ln(β + T) + ln A₀), which cannot overflow. t_x = T gives A₀ = 0 and P(alive) = 1.
import type { CustomerKernel } from "../../_lib/mapCustomers.ts";
import type { ParetoNbdParams } from "./ParetoNbdParams.ts";
import { paretoNbdLogA0 } from "./paretoNbdLogA0.ts";

/**
 * ln of the odds of being dead, ln[(1 − P(alive))/P(alive)], of one customer (−∞ when t_x = T).
 *
 * @param params - r, α, s, β.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase.
 * @param T - Observation length.
 * @param sign - Scratch for logHyp2f1Unchecked's sign.
 * @returns The log-odds; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdLogDeadOdds(
  params: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  sign: Float64Array,
): number {
  const { r, alpha, s, beta } = params;
  const logA0 = paretoNbdLogA0(r, alpha, s, beta, x, tx, T, sign);
  return Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + logA0;
}

/**
 * The Pareto/NBD P(alive) kernel for given parameters.
 *
 * @param params - r, α, s, β.
 * @returns (x, t_x, T) ↦ P(alive) in [0, 1]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams): CustomerKernel {
  const sign = new Float64Array(1);
  return (x, tx, T) => {
    const d = paretoNbdLogDeadOdds(params, x, tx, T, sign);
    if (d === Number.NEGATIVE_INFINITY) return 1;
    return d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
  };
}
