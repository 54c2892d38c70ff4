import { ClienteleDomainError } from "../../../errors/ClienteleError.ts";
import type { PaymentTiming } from "../RetentionDiscountingOptions.ts";
import { logDiscountedSurvivalSum } from "./logDiscountedSurvivalSum.ts";

/**
 * DERL of an sBG customer who has made `renewals` renewals (Fader & Hardie 2010, eq. 6 with
 * n − 1 = `renewals`), or DEL of a new customer when `renewals` is `null` (eq. 5), in units of one
 * period's payment, with payments at the start (as in the paper) or the end of each period:
 * DEL = ₂F₁(1, β; α + β; 1/(1 + d)), DERL = (β + k)/(α + β + k) · ₂F₁(1, β + k + 1; α + β + k + 1; 1/(1 + d)),
 * each divided by 1 + d for payments at the end.
 *
 * @param fnName - Public function name (for errors).
 * @param alpha - α > 0.
 * @param beta - β > 0.
 * @param renewals - k ≥ 0, or null for DEL.
 * @param d - Discount rate per period ≥ 0.
 * @param timing - Payment timing.
 * @returns The value, finite and > 0.
 * @throws {@link ClienteleDomainError} `domain_error` when d = 0 and α ≤ 1 (the expected lifetime is
 *   infinite), or the value cannot be evaluated accurately or overflows.
 * @internal
 */
export function discountedResidualLifetime(
  fnName: string,
  alpha: number,
  beta: number,
  renewals: number | null,
  d: number,
  timing: PaymentTiming,
): number {
  const b = renewals === null ? beta : beta + (renewals + 1);
  const logSum = logDiscountedSurvivalSum(alpha, b, d);
  if (logSum === Number.POSITIVE_INFINITY) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: with discount rate 0 the expected lifetime is infinite when α ≤ 1 (α = ${alpha}): most customers of such a population almost never churn; give a discount rate > 0`,
      { issues: [{ code: "domain_error", path: ["options", "discountRate"], message: "0 with α ≤ 1" }] },
    );
  }
  // (β + k)/(α + β + k) = 1/(1 + α/(β + k)); the end-of-period timing divides by 1 + d.
  const factor = (renewals === null ? 1 : 1 / (1 + alpha / (beta + renewals))) * (timing === "end" ? 1 / (1 + d) : 1);
  const value = factor * Math.exp(logSum);
  if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: the discounted lifetime cannot be evaluated accurately for α = ${alpha}, β = ${beta}${renewals === null ? "" : `, ${renewals} renewals`} and discount rate ${d}`,
    );
  }
  return value;
}
