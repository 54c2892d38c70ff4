import * as z from "zod/mini";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { BgBbPattern, BgBbPatternColumns } from "../../rfm/BgBbData.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { checkCountModel } from "../_internal/checkCountModel.ts";
import { mapCustomers } from "../_internal/mapCustomers.ts";
import { mapPatterns } from "../_internal/mapPatterns.ts";
import { checkBgBbModel, isBgBbModel } from "../bgBb/_internal/checkBgBbModel.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import { bgBbDiscountedResidualPurchasesKernel } from "../bgBb/bgBbDiscountedResidualPurchases.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { CustomerHistory, CustomerHistoryColumns } from "../CustomerHistory.ts";
import {
  gaussLegendreRule,
  paretoNbdDiscountedAliveTime,
} from "../paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { paretoNbdLogDeadOdds } from "../paretoNbd/_internal/paretoNbdProbabilityAlive.ts";

/**
 * Options of {@link discountedExpectedResidualTransactions}.
 *
 * @example
 * ```ts
 * import type { DiscountedExpectedResidualTransactionsOptions } from "clientele/clv";
 * // 15% a year, compounded continuously, for a fit in weeks
 * const options: DiscountedExpectedResidualTransactionsOptions = { discountRate: Math.log(1.15) / 52 };
 * ```
 * @category Predictions
 */
export interface DiscountedExpectedResidualTransactionsOptions {
  /**
   * Continuous discount rate δ per time unit of the fit, finite and > 0: a purchase at time T + t is worth
   * e^(−δt). From a rate d per period of that unit compounded once per period, δ = ln(1 + d).
   */
  readonly discountRate: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  discountRate: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
});

/**
 * Discounted expected residual transactions (DERT) of a customer under a fitted Pareto/NBD or BG/BB model: the
 * present value, at continuous discount rate δ, of all their future purchases, counting each purchase as
 * 1 (multiply by a spend model's expected value per purchase for a residual lifetime value). Pass one
 * customer for a number, or columns for a `Float64Array`.
 *
 * @remarks
 * Fader, Hardie & Lee (2005, "RFM and CLV: using iso-value curves for customer base analysis", eq. 2):
 * DERT = α^r β^s δ^(s−1) Γ(r + x + 1) Ψ(s, s; δ(β + T)) / (Γ(r) (α + T)^(r+x+1) L(r, α, s, β | x, t_x, T)),
 * i.e. ∫₀^∞ e^(−δt) dE[Y(t) | x, t_x, T], evaluated as
 * (r + x)/(α + T) · P(alive) · (β + T) · ∫₀^∞ e^(−δ(β+T)v) (1 + v)^(−s) dv, the last factor by a continued
 * fraction (δ(β + T) ≥ 1) or Gauss–Legendre quadrature plus a continued-fraction tail (below 1); see
 * docs/models/pareto-nbd.md. Unlike {@link conditionalExpectedPurchases}, which counts purchases up to
 * a horizon t without discounting, DERT has no horizon: the discount and the customer's dropout make the
 * sum finite. It grows without bound as δ → 0 when s ≤ 1 (the expected lifetime is then infinite).
 *
 * **BG/BB** (Fader, Hardie & Shang 2010, eq. 14): the customer is `{ frequency, recency, opportunities }`
 * and the transaction at opportunity n + k is discounted by e^(−δk), δ per opportunity period. That is
 * exactly FHS's 1/(1 + d)^k with d = e^δ − 1 (`Math.expm1(δ)`), which is how the value is computed, by
 * {@link bgBbDiscountedResidualPurchases} (which takes d itself).
 *
 * `discountRate` is δ per time unit of the fit (`fit.unit`), continuously compounded; it is not
 * converted from an annual or per-period rate: for a rate d per unit compounded once per unit, pass
 * `Math.log(1 + d)`. Accuracy: agrees with a numerical integral of the definition to 1e-8 relative
 * (test/clv/predictions/discountedExpectedResidualTransactions.test.ts).
 *
 * @param fit - A Pareto/NBD fit ({@link ParetoNbdFit}, or `{ model: "pareto-nbd", params, unit }`), or a
 *   BG/BB fit ({@link BgBbModel}).
 * @param customer - `{ frequency, recency, T }` in the fit's unit, or columns of them; for BG/BB
 *   `{ frequency, recency, opportunities }` or columns of them.
 * @param options - The discount rate δ per time unit of the fit (per opportunity period for BG/BB).
 * @returns DERT ≥ 0: a number, or a `Float64Array` for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, options (path `discountRate`) or
 *   customer value (path `customer.recency[3]`).
 * @throws {@link ClienteleDomainError} `domain_error` for a fit of another model, recency > T, recency > 0
 *   with frequency 0, or a value that overflows (a tiny δ with s < 1).
 * @example
 * ```ts
 * import { discountedExpectedResidualTransactions, type CountModel } from "clientele/clv";
 * const fit: CountModel = { model: "pareto-nbd", params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 }, unit: "week" };
 * const delta = Math.log(1.15) / 52; // 15% a year, compounded continuously
 * discountedExpectedResidualTransactions(fit, { frequency: 2, recency: 30.43, T: 38.86 }, { discountRate: delta }).toFixed(2);
 * // => "6.50"
 * // BG/BB, yearly donations, 10% a year: δ = ln(1.1)
 * const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * const pattern = { frequency: 6, recency: 6, opportunities: 6 };
 * discountedExpectedResidualTransactions(donations, pattern, { discountRate: Math.log(1.1) }).toFixed(2); // => "5.91"
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link probabilityAlive}
 * @category Predictions
 */
export function discountedExpectedResidualTransactions(
  fit: CountModel,
  customer: CustomerHistory,
  options: DiscountedExpectedResidualTransactionsOptions,
): number;
export function discountedExpectedResidualTransactions(
  fit: CountModel,
  customers: CustomerHistoryColumns,
  options: DiscountedExpectedResidualTransactionsOptions,
): Float64Array;
export function discountedExpectedResidualTransactions(
  fit: BgBbModel,
  customer: BgBbPattern,
  options: DiscountedExpectedResidualTransactionsOptions,
): number;
export function discountedExpectedResidualTransactions(
  fit: BgBbModel,
  customers: BgBbPatternColumns,
  options: DiscountedExpectedResidualTransactionsOptions,
): Float64Array;
export function discountedExpectedResidualTransactions(
  fit: CountModel | BgBbModel,
  customer: CustomerHistory | CustomerHistoryColumns | BgBbPattern | BgBbPatternColumns,
  options: DiscountedExpectedResidualTransactionsOptions,
): number | Float64Array {
  const fn = "discountedExpectedResidualTransactions";
  if (isBgBbModel(fit)) {
    const params = checkBgBbModel(fn, fit);
    const { discountRate: delta } = parseInput(fn, OptionsSchema, options);
    return mapPatterns(fn, customer, bgBbDiscountedResidualPurchasesKernel(params, Math.expm1(delta)), false);
  }
  const model = checkCountModel(fn, fit, ["bg-bb"]);
  if (model.model !== "pareto-nbd") {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: only available for Pareto/NBD and BG/BB fits (received "${model.model}"); use conditionalExpectedPurchases with a horizon for other models`,
      { issues: [{ code: "domain_error", path: ["fit", "model"], message: "expected a Pareto/NBD fit" }] },
    );
  }
  const { discountRate: delta } = parseInput(fn, OptionsSchema, options);
  const params = model.params;
  const { r, alpha, s, beta } = params;
  const rule = gaussLegendreRule(16);
  return mapCustomers(
    fn,
    customer,
    (x, tx, T) => {
      const bT = beta + T;
      const value = ((r + x) / (alpha + T)) * bT * paretoNbdDiscountedAliveTime(s, delta * bT, rule);
      const d = paretoNbdLogDeadOdds(params, x, tx, T);
      if (d === Number.NEGATIVE_INFINITY) return value;
      return value * (d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d)));
    },
    false,
  );
}
