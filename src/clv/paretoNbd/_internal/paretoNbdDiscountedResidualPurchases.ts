// Pareto/NBD discounted expected residual transactions (DERT; Fader, Hardie & Lee 2005, "RFM and CLV: using
// iso-value curves for customer base analysis", eq. 2) of a customer with summary (x, t_x, T):
//   DERT = ∫₀^∞ e^(−δt) dE[Y(t) | x, t_x, T] = (r + x)/(α + T) · P(alive) · (β + T) · J(s, δ(β + T)),
// J(s, z) = ∫₀^∞ e^(−zv) (1 + v)^(−s) dv (paretoNbdDiscountedAliveTime.ts), with the continuous rate
// δ = ln(1 + d) per fit unit derived from the compound rate d per fit unit: δ discounts a whole unit by the
// same 1/(1 + d). P(alive) is the logistic of the log dead-odds, which cannot overflow.
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { gaussLegendreRule, paretoNbdDiscountedAliveTime } from "./paretoNbdDiscountedAliveTime.ts";
import { paretoNbdLogDeadOdds } from "./paretoNbdProbabilityAlive.ts";

/**
 * The Pareto/NBD DERT kernel for given parameters and compound discount rate d per fit unit (see the header).
 *
 * @param params - r, α, s, β.
 * @param d - Compound discount rate per time unit of the fit, > 0.
 * @returns (x, t_x, T) ↦ DERT; NaN or +∞ where it cannot be evaluated (a tiny d with s < 1).
 * @internal
 */
export function paretoNbdDiscountedResidualPurchases(params: ParetoNbdParams, d: number): CustomerKernel {
  const { r, alpha, s, beta } = params;
  const delta = Math.log1p(d);
  const rule = gaussLegendreRule(16);
  return (x, tx, T) => {
    const bT = beta + T;
    const value = ((r + x) / (alpha + T)) * bT * paretoNbdDiscountedAliveTime(s, delta * bT, rule);
    const logOdds = paretoNbdLogDeadOdds(params, x, tx, T);
    if (logOdds === Number.NEGATIVE_INFINITY) return value;
    return value * (logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds)));
  };
}
