import type { TransactionSummary } from "../../rfm/TransactionSummary.ts";
import type { CustomerHistory, CustomerHistoryColumns } from "../CustomerHistory.ts";
import type { SpendHistory, SpendHistoryColumns } from "../gammaGamma/SpendHistory.ts";
import { lifetimeValueOf } from "./_internal/lifetimeValueOf.ts";
import type { CustomerLifetimeValueOptions } from "./CustomerLifetimeValueOptions.ts";

/**
 * Customer lifetime value: each customer's discounted expected margin from a count model (expected
 * purchases) and a spend model (expected spend per purchase). By default over a finite horizon,
 * Σ_{k=1..K} margin · E[spend] · (E[Y(kΔ)] − E[Y((k − 1)Δ)]) / (1 + d_Δ)^k; for Pareto/NBD also in closed
 * form over an infinite horizon, margin · E[spend] · DERT (`method: "closed-form"`). Pass one customer for
 * a number, or columns for a `Float64Array` aligned with them.
 *
 * @remarks
 * **`method: "discrete"` (default): the discrete-period sum** (as lifetimes' `customer_lifetime_value`
 * and the other peers do).
 * The horizon H is cut into K = H/Δ periods of length Δ (`period`, default one fit unit; H must be a
 * multiple of Δ). The purchases expected in period k, E[Y(kΔ)] − E[Y((k − 1)Δ)], come from
 * {@link conditionalExpectedPurchases} (so it works for every count model it knows), each valued at
 * {@link expectedAverageSpend} × `margin` and **discounted at the end of its period**: by (1 + d_Δ)^k,
 * with d_Δ = (1 + d)^Δ − 1 the compound rate per period and d the rate per fit unit. The spend model is
 * taken as independent of the count model (the Gamma-Gamma assumption; see
 * `fit.frequencyMonetaryCorrelation`).
 *
 * **Units are explicit.** Every time is in `countFit.unit` unless given as `{ length, unit }`; a rate as
 * `{ rate, per }` is converted to the equivalent compound rate per fit unit ({@link DiscountRate}: 10% a
 * year is 0.797…% a month). Conversions are made only where exact (week = 7 days; year = 12 months =
 * 4 quarters); weeks against months or years are rejected with `invalid_input` (there is no "52 weeks a
 * year" or "30 days a month" anywhere): give the rate per fit unit.
 *
 * Cost: K passes of {@link conditionalExpectedPurchases} over the customers (a few ms per period for
 * 10,000 BG/NBD customers), with no allocation per customer beyond one array per period.
 *
 * **`method: "closed-form"`: margin × E[spend] × DERT**, with DERT from
 * {@link discountedExpectedResidualPurchases} (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 2): every
 * future purchase, over an **infinite horizon**, discounted **continuously** by e^(−δt). Only for Pareto/NBD
 * fits (another model is `invalid_input` at `method`); `horizon` and `period` must be omitted
 * (`invalid_input` at `horizon` or `period`: there is no finite horizon and no period), and the rate must be
 * > 0 (at a zero rate the sum has no finite value when s ≤ 1). The compound rate d per fit unit (after the
 * exact unit conversion above) is passed to {@link discountedExpectedResidualPurchases}, which discounts
 * continuously at **δ = ln(1 + d) per fit unit**, the rate that discounts a whole fit unit by the same
 * 1/(1 + d); nothing else is converted. The discrete sum with
 * short periods over a long horizon approaches it from below: end-of-period discounting costs about half a
 * period of discount, a relative δΔ/2 (test/clv/lifetimeValue/customerLifetimeValue.test.ts).
 *
 * @param options - Count and spend fits, customers, horizon, discount rate, margin, period, method
 *   ({@link CustomerLifetimeValueOptions}).
 * @returns CLV ≥ 0 in the currency of the spend data: a number, or a `Float64Array` for columns (entry i
 *   is customer i of the columns).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, customer value (path
 *   `customer.monetaryValue[3]`), horizon, period, rate, margin or method, a horizon that is not a multiple
 *   of the period, a unit that cannot be converted exactly to the fit's (path `discountRate.per`), and for
 *   `"closed-form"`: a model other than Pareto/NBD (path `method`), a horizon or period given (paths
 *   `horizon`, `period`) or a zero rate (path `discountRate`).
 * @throws {@link ClienteleDomainError} `domain_error` for impossible customers (recency > T), a spend model
 *   with q ≤ 1, or a value that cannot be evaluated.
 * @example
 * ```ts
 * import { customerLifetimeValue } from "clientele/clv";
 * const clv = customerLifetimeValue({
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   customers: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   horizon: { length: 52, unit: "week" },
 *   discountRate: 0.0018, // per week
 *   margin: 0.3,
 * });
 * clv.toFixed(2); // => "11.04"
 * const closedForm = customerLifetimeValue({
 *   countFit: { model: "pareto-nbd", params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   customers: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   method: "closed-form", // infinite horizon, continuous discounting at δ = ln(1.0018) per week
 *   discountRate: 0.0018, // per week
 *   margin: 0.3,
 * });
 * closedForm.toFixed(2); // => "61.03"
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link expectedAverageSpend}, {@link discountedExpectedResidualPurchases}
 * @category Lifetime value
 */
export function customerLifetimeValue(options: CustomerLifetimeValueOptions<CustomerHistory & SpendHistory>): number;
export function customerLifetimeValue(
  options: CustomerLifetimeValueOptions<
    (CustomerHistoryColumns & SpendHistoryColumns) | readonly (CustomerHistory & SpendHistory)[] | TransactionSummary
  >,
): Float64Array;
export function customerLifetimeValue(options: CustomerLifetimeValueOptions): number | Float64Array {
  return lifetimeValueOf("customerLifetimeValue", options);
}
