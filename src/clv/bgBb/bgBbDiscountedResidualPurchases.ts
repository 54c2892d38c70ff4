import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import { logHyp2f1Unchecked } from "../../_lib/logHyp2f1Unchecked.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { BgBbPattern, BgBbPatternColumns } from "../../rfm/BgBbData.ts";
import { mapPatterns, type PatternKernel } from "../_internal/mapPatterns.ts";
import { bgBbLogLikelihoodScaled } from "./_internal/bgBbLogLikelihood.ts";
import { checkBgBbModel } from "./_internal/checkBgBbModel.ts";
import type { BgBbModel } from "./BgBbModel.ts";
import type { BgBbParams } from "./BgBbParams.ts";

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
 * transaction for residual lifetime value. {@link discountedExpectedResidualTransactions} gives the same
 * value from the continuous rate δ = ln(1 + d).
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param customer - `{ frequency, recency, opportunities }`, or columns of them.
 * @param discountRate - d > 0 per opportunity period, finite.
 * @returns DERT ≥ 0: a number, or a `Float64Array` for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, pattern or discount rate.
 * @throws {@link ClienteleDomainError} `domain_error` if the hypergeometric function cannot be evaluated
 *   accurately.
 * @example
 * ```ts
 * import { bgBbDiscountedResidualPurchases } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbDiscountedResidualPurchases(fit, { frequency: 6, recency: 6, opportunities: 6 }, 0.1).toFixed(2); // => "5.91"
 * ```
 * @category BG/BB
 */
export function bgBbDiscountedResidualPurchases(fit: BgBbModel, customer: BgBbPattern, discountRate: number): number;
export function bgBbDiscountedResidualPurchases(
  fit: BgBbModel,
  customers: BgBbPatternColumns,
  discountRate: number,
): Float64Array;
export function bgBbDiscountedResidualPurchases(
  fit: BgBbModel,
  customer: BgBbPattern | BgBbPatternColumns,
  discountRate: number,
): number | Float64Array {
  const fn = "bgBbDiscountedResidualPurchases";
  const params = checkBgBbModel(fn, fit);
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
  return mapPatterns(fn, customer, bgBbDiscountedResidualPurchasesKernel(params, d), false);
}

/**
 * The BG/BB DERT kernel for given parameters and discount rate d per opportunity period (see
 * {@link bgBbDiscountedResidualPurchases}); ₂F₁ depends on n only and is evaluated once per distinct n in
 * a call. NaN where ₂F₁ cannot be evaluated or the value overflows (d too small).
 *
 * @param params - α, β, γ, δ.
 * @param d - Discount rate per opportunity period, > 0.
 * @returns (x, t_x, n) ↦ DERT.
 * @internal
 */
export function bgBbDiscountedResidualPurchasesKernel(params: BgBbParams, d: number): PatternKernel {
  const { alpha, beta, gamma, delta } = params;
  // B(α, β) B(γ, δ) cancels between the numerator and L, so neither side carries it.
  const base = Math.log1p(d);
  const hypergeometric = new Map<number, number>();
  return (x, tx, n) => {
    let log2f1 = hypergeometric.get(n);
    if (log2f1 === undefined) {
      log2f1 = logHyp2f1Unchecked(1, delta + n + 1, gamma + delta + n + 1, 1 / (1 + d), undefined, d / (1 + d));
      hypergeometric.set(n, log2f1);
    }
    const logValue =
      logBetaUnchecked(alpha + x + 1, beta + n - x) +
      logBetaUnchecked(gamma, delta + n + 1) -
      base +
      log2f1 -
      bgBbLogLikelihoodScaled(alpha, beta, gamma, delta, x, tx, n);
    return Math.exp(logValue);
  };
}
