import * as z from "zod/mini";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { BgBbData, BgBbPattern } from "../../rfm/BgBbData.ts";
import type { OpportunitiesSummary } from "../../rfm/summarizeOpportunities.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { type TimeUnit, timeUnits } from "../../time/TimeUnitSchema.ts";
import { throwInvalidValue } from "../_internal/invalidValue.ts";
import { resolveDiscountRate } from "../_internal/resolveDiscountRate.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { CustomerHistories, CustomerHistory } from "../CustomerHistory.ts";
import type { DiscountRate } from "../DiscountRate.ts";
import { readCustomersOf } from "./_internal/genericPredictions.ts";
import { readPredictionModel } from "./_internal/readPredictionModel.ts";

/**
 * Options of {@link discountedExpectedResidualPurchases}.
 *
 * @example
 * ```ts
 * import type { DiscountedExpectedResidualPurchasesOptions } from "clientele/clv";
 * // 15% a year for a fit in weeks (no exact weeks-to-year ratio, so convert yourself: 52 weeks a year)
 * const weekly: DiscountedExpectedResidualPurchasesOptions = { discountRate: 1.15 ** (1 / 52) - 1 };
 * // 10% a year for a BG/BB fit with yearly opportunities (`fit.unit` "year")
 * const yearly: DiscountedExpectedResidualPurchasesOptions = { discountRate: { rate: 0.1, per: "year" } };
 * ```
 * @category CLV
 */
export interface DiscountedExpectedResidualPurchasesOptions {
  /**
   * Compound discount rate ({@link DiscountRate}), > 0: a plain number d is per unit of the fit
   * (`fit.unit`; for BG/BB, per opportunity), and a purchase k units away is worth 1/(1 + d)^k;
   * `{ rate, per }` is carried to the fit's unit where the ratio is exact (a BG/BB model without `unit`
   * takes a plain number only).
   */
  readonly discountRate: DiscountRate;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({ discountRate: /* @__PURE__ */ z.unknown() });

/**
 * Discounted expected residual purchases (DERT, Fader, Hardie & Lee's "discounted expected residual
 * transactions") of a customer under a fitted Pareto/NBD or BG/BB model: the present value of all their
 * future purchases, counting each purchase as 1 (multiply by a spend model's expected value per purchase for
 * a residual lifetime value). Pass one customer for a number; columns, rows or a
 * summary ({@link CustomerHistories}) for a `Float64Array` whose entry i is customer i.
 *
 * @remarks
 * **The discount rate** is a {@link DiscountRate}, the one convention of every discounted quantity of
 * `clientele/clv` ({@link customerLifetimeValue}, {@link discountedExpectedResidualLifetime}, …): a
 * compound rate d per unit of the fit, so that a purchase one unit away is worth 1/(1 + d) now, or
 * `{ rate, per }` converted to the fit's unit as the equivalent compound rate where the units' ratio is
 * exact (a rate per year for a fit in weeks is rejected at `options.discountRate.per`: convert it as you see
 * fit, e.g. `1.1 ** (1 / 52) - 1`). It must be > 0: over an infinite future an undiscounted sum may have no
 * finite value.
 *
 * **Pareto/NBD**: Fader, Hardie & Lee (2005, "RFM and CLV: using iso-value curves for customer base
 * analysis", eq. 2), which discounts continuously: every future purchase at time T + t is worth e^(−δt),
 * with the continuous rate δ = ln(1 + d) per fit unit derived from d inside (it discounts a whole unit by
 * the same 1/(1 + d)). DERT = α^r β^s δ^(s−1) Γ(r + x + 1) Ψ(s, s; δ(β + T)) / (Γ(r) (α + T)^(r+x+1)
 * L(r, α, s, β | x, t_x, T)), i.e. ∫₀^∞ e^(−δt) dE[Y(t) | x, t_x, T], evaluated as
 * (r + x)/(α + T) · P(alive) · (β + T) · ∫₀^∞ e^(−δ(β+T)v) (1 + v)^(−s) dv, the last factor by a continued
 * fraction (δ(β + T) ≥ 1) or Gauss–Legendre quadrature plus a continued-fraction tail (below 1); see
 * docs/models/pareto-nbd.md. Unlike {@link conditionalExpectedPurchases}, which counts purchases up to a
 * horizon t without discounting, DERT has no horizon: the discount and the customer's dropout make the sum
 * finite. It grows without bound as d → 0 when s ≤ 1 (the expected lifetime is then infinite). Accuracy:
 * agrees with a numerical integral of the definition to 1e-8 relative
 * (test/clv/predictions/discountedExpectedResidualPurchases.test.ts).
 *
 * **BG/BB** (Fader, Hardie & Shang 2010, eq. 14): the customer is `{ frequency, recency, opportunities }`,
 * d is per opportunity (per `fit.unit`, the length of one opportunity), and the transaction at opportunity
 * n + k is discounted by 1/(1 + d)^k, FHS's convention (transactions at the end of each period):
 * B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/(B(γ,δ)(1+d)) · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L, in log space.
 * Equals the direct discounted sum to 1e-9 relative on the donations patterns (same test file).
 *
 * @param fit - A Pareto/NBD fit ({@link ParetoNbdFit}, or `{ model: "pareto-nbd", params, unit }`), or a
 *   BG/BB fit ({@link BgBbFit}, or any {@link BgBbModel}).
 * @param customer - `{ frequency, recency, T }` in the fit's unit, or many of them
 *   ({@link CustomerHistories}: columns, rows or a `TransactionSummary` in the fit's unit); for BG/BB
 *   `{ frequency, recency, opportunities }`, columns or rows of them, or an `OpportunitiesSummary`.
 * @param options - The discount rate ({@link DiscountedExpectedResidualPurchasesOptions}).
 * @returns DERT ≥ 0: a number for one customer, else a `Float64Array` in input order.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, options (paths
 *   `options.discountRate`, `options.discountRate.per`) or customer value (path `customer.recency[3]`,
 *   or `customer[3].recency` for rows), or a summary whose `metadata.unit` is not `fit.unit`.
 * @throws {@link ClienteleDomainError} `domain_error` for a fit of another model (path `fit.model`),
 *   recency > T, recency > 0 with frequency 0, or a value that overflows (a tiny d with s < 1).
 * @example
 * ```ts
 * import { type CountModel, discountedExpectedResidualPurchases } from "clientele/clv";
 * const fit: CountModel = { model: "pareto-nbd", params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 }, unit: "week" };
 * const weekly = 1.15 ** (1 / 52) - 1; // 15% a year, as 52 weeks
 * discountedExpectedResidualPurchases(fit, { frequency: 2, recency: 30.43, T: 38.86 }, { discountRate: weekly }).toFixed(2);
 * // => "6.50"
 * // BG/BB, yearly donations, 10% a year: d = 0.1 per opportunity
 * const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * const pattern = { frequency: 6, recency: 6, opportunities: 6 };
 * discountedExpectedResidualPurchases(donations, pattern, { discountRate: 0.1 }).toFixed(2); // => "5.91"
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link probabilityAlive}, {@link DiscountRate}
 * @category CLV
 */
export function discountedExpectedResidualPurchases(
  fit: CountModel,
  customer: CustomerHistory,
  options: DiscountedExpectedResidualPurchasesOptions,
): number;
export function discountedExpectedResidualPurchases(
  fit: CountModel,
  customers: CustomerHistories,
  options: DiscountedExpectedResidualPurchasesOptions,
): Float64Array;
export function discountedExpectedResidualPurchases(
  fit: BgBbModel,
  customer: BgBbPattern,
  options: DiscountedExpectedResidualPurchasesOptions,
): number;
export function discountedExpectedResidualPurchases(
  fit: BgBbModel,
  customers: BgBbData | OpportunitiesSummary,
  options: DiscountedExpectedResidualPurchasesOptions,
): Float64Array;
export function discountedExpectedResidualPurchases(
  fit: CountModel | BgBbModel,
  customer: CustomerHistory | CustomerHistories | BgBbPattern | BgBbData | OpportunitiesSummary,
  options: DiscountedExpectedResidualPurchasesOptions,
): number | Float64Array {
  const fn = "discountedExpectedResidualPurchases";
  const { kernels, params, unit } = readPredictionModel(fn, fit);
  if (kernels.discountedResidualPurchases === undefined) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: only available for Pareto/NBD and BG/BB fits (received "${kernels.model}"); use conditionalExpectedPurchases with a horizon for other models`,
      { issues: [{ code: "domain_error", path: ["fit", "model"], message: "expected a Pareto/NBD or BG/BB fit" }] },
    );
  }
  const { discountRate } = parseInput(fn, OptionsSchema, options, ["options"]);
  const path = ["options", "discountRate"];
  const fitUnit =
    typeof unit === "string" && (timeUnits as readonly string[]).includes(unit) ? (unit as TimeUnit) : undefined;
  const d = resolveDiscountRate(fn, discountRate, fitUnit, path);
  if (!(d > 0)) {
    throwInvalidValue(
      fn,
      typeof discountRate === "object" ? [...path, "rate"] : path,
      `expected a discount rate > 0 (over an infinite future an undiscounted sum may have no finite value), received ${d}`,
      "> 0",
      String(d),
    );
  }
  const customers = readCustomersOf(fn, fit, customer);
  return kernels.mapCustomers(
    fn,
    customers.customers,
    kernels.discountedResidualPurchases(params, d),
    false,
    customers.at,
  );
}
