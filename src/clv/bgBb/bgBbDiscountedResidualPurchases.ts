import { bgBbLogLikelihoodOne } from "../../_lib/bgBbLogLikelihood.ts";
import { checkBgBbCustomer, checkBgBbModel } from "../../_lib/checkBgBbModel.ts";
import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import { logHyp2f1Unchecked } from "../../_lib/logHyp2f1Unchecked.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { BgBbPattern } from "./BgBbData.ts";
import type { BgBbFit } from "./BgBbFit.ts";

/**
 * Discounted expected residual transactions (DERT) of a customer with pattern (x, t_x, n) under a fitted
 * BG/BB model (Fader, Hardie & Shang 2010, eq. 14): the expected number of transactions at opportunities
 * n + 1, n + 2, …, the one at n + k discounted by 1/(1 + d)^k.
 *
 * @remarks
 * DERT(d | x, t_x, n) = B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/(B(γ,δ)(1+d))
 * · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L(α,β,γ,δ | x, t_x, n), in log space. Convention: `discountRate` d is
 * per opportunity period (e.g. 0.1 per year for yearly opportunities), and the first future opportunity
 * is discounted by one full period (transactions at the end of each period). Multiply by the value of a
 * transaction for residual lifetime value.
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param customer - `{ frequency, recency, opportunities }`.
 * @param discountRate - d > 0 per opportunity period, finite.
 * @returns DERT ≥ 0.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, pattern or discount rate.
 * @throws {@link ClienteleDomainError} `domain_error` if the hypergeometric function cannot be evaluated
 *   accurately.
 * @example
 * ```ts
 * import { bgBbDiscountedResidualPurchases } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbDiscountedResidualPurchases(fit, { frequency: 6, recency: 6, opportunities: 6 }, 0.1).toFixed(2); // => "5.91"
 * ```
 * @category CLV
 */
export function bgBbDiscountedResidualPurchases(
  fit: Pick<BgBbFit, "model" | "params">,
  customer: BgBbPattern,
  discountRate: number,
): number {
  const fn = "bgBbDiscountedResidualPurchases";
  const { alpha, beta, gamma, delta } = checkBgBbModel(fn, fit);
  const [x, tx, n] = checkBgBbCustomer(fn, customer);
  const d = discountRate;
  if (!(typeof d === "number" && d > 0 && d <= Number.MAX_VALUE)) {
    const received = typeof d === "number" ? String(d) : typeof d;
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: typeof d === "number" ? "too_small" : "invalid_type",
          path: ["discountRate"],
          message: `expected a finite number > 0 (per opportunity period), received ${received}`,
          expected: "finite number > 0",
          received,
        },
      ],
    });
  }
  const log2f1 = logHyp2f1Unchecked(1, delta + n + 1, gamma + delta + n + 1, 1 / (1 + d), undefined, d / (1 + d));
  if (!Number.isFinite(log2f1)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the hypergeometric function 2F1(1, δ+n+1; γ+δ+n+1; 1/(1+d)) could not be evaluated accurately at d = ${d}`,
      { issues: [{ code: "domain_error", path: ["discountRate"], message: "2F1 not evaluable here" }] },
    );
  }
  const logValue =
    logBetaUnchecked(alpha + x + 1, beta + n - x) -
    logBetaUnchecked(alpha, beta) +
    logBetaUnchecked(gamma, delta + n + 1) -
    logBetaUnchecked(gamma, delta) -
    Math.log1p(d) +
    log2f1 -
    bgBbLogLikelihoodOne(alpha, beta, gamma, delta, x, tx, n);
  const value = Math.exp(logValue);
  if (!Number.isFinite(value)) {
    throw new ClienteleDomainError("domain_error", `${fn}: the value overflows (discount rate ${d} too small)`, {
      issues: [{ code: "domain_error", path: ["discountRate"], message: "value overflows" }],
    });
  }
  return value;
}
