import type { BgBbData, BgBbPattern } from "../../rfm/BgBbData.ts";
import type { OpportunitiesSummary } from "../../rfm/summarizeOpportunities.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { CustomerHistories, CustomerHistory } from "../CustomerHistory.ts";
import { conditionalExpectedPurchasesOf, readCustomersOf } from "./_internal/genericPredictions.ts";

/**
 * The expected number of purchases a customer makes in the next `t` time units, (T, T + t], given their
 * purchase summary (x, t_x, T), under a fitted count model. Pass one customer for a number; columns, rows
 * or a whole `TransactionSummary` ({@link CustomerHistories}) for a `Float64Array` whose entry i is
 * customer i (computed without per-customer allocation).
 *
 * @remarks
 * BG/NBD: Fader, Hardie & Lee (2005), eq. 10,
 * E[Y(t) | x, t_x, T] = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x)
 * ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))] / (1 + δ_{x>0} a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)),
 * with ₂F₁ in log space (after Euler's transformation), so heavy buyers and long horizons never overflow;
 * a = 1 and a + b = 1, where the formula is 0/0, are handled by interpolation (relative error about 4e-8
 * there). Over many customers the ₂F₁ part, which depends only on (x, T), is interpolated per x in α + T
 * (Chebyshev panels, each checked against the closed form to 1e-12 of its size), so that a customer costs the same
 * whether or not others share its T; the Pareto/NBD's P(alive) factor likewise. Results over columns can then
 * differ from one customer's in the last digits (within that bound).
 *
 * **BG/BB** (Fader, Hardie & Shang 2010, eq. 13): `t` is the number of future opportunities n* (an
 * integer) and the customer is `{ frequency, recency, opportunities }`: the expected transactions at
 * opportunities n + 1 … n + n*, B(α+x+1, β+n−x)/B(α,β)/L · Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ,δ), the sum taken
 * term by term (so γ = 1 needs no care); equals eq. 13's closed form to 1e-10 relative on the donations
 * patterns (test/clv/predictions/conditionalExpectedPurchases.test.ts).
 *
 * `t`, `recency` and `T` are in the fit's unit (`fit.unit`); convert explicitly (a year is 365.25/7 weeks
 * on average, or count the days of the year you mean). Accuracy: CDNOW customer 1516 (x = 26,
 * t_x = 30.86, T = 31 weeks) expects 25.76 purchases in the next 52 weeks with FHL 2005's parameters, as
 * lifetimes reports (test/clv/predictions/conditionalExpectedPurchases.test.ts).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param t - Horizon, finite, ≥ 0, in the fit's unit; for BG/BB the number of opportunities n*, an integer.
 * @param customer - `{ frequency, recency, T }`, or many of them ({@link CustomerHistories}: columns, rows
 *   or a `TransactionSummary` in the fit's unit); for BG/BB `{ frequency, recency, opportunities }`, or
 *   columns or rows of them, or an `OpportunitiesSummary`.
 * @returns Expected purchases ≥ 0: a number for one customer, else a `Float64Array` in input order.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, `t` or customer value (path
 *   `customer.recency[3]` for columns, `customer[3].recency` for rows and summaries), or a summary whose
 *   `metadata.unit` is not `fit.unit`.
 * @throws {@link ClienteleDomainError} `domain_error` for recency > T, recency > 0 with frequency 0, or a
 *   value that cannot be evaluated accurately.
 * @example
 * ```ts
 * import { conditionalExpectedPurchases, type CountModel } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * conditionalExpectedPurchases(fit, 52, { frequency: 26, recency: 30.86, T: 31 }).toFixed(2); // => "25.76"
 * conditionalExpectedPurchases(fit, 52, { frequency: [0, 2], recency: [0, 30], T: [38, 38] });
 * // => Float64Array [0.25…, 1.59…]
 * // BG/BB (Fader, Hardie & Shang 2010): donors over the next 5 years (2002–2006)
 * const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * conditionalExpectedPurchases(donations, 5, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(2); // => "3.75"
 * ```
 * @see {@link expectedPurchases}, {@link probabilityAlive}
 * @category Predictions
 */
export function conditionalExpectedPurchases(fit: CountModel, t: number, customer: CustomerHistory): number;
export function conditionalExpectedPurchases(fit: CountModel, t: number, customers: CustomerHistories): Float64Array;
export function conditionalExpectedPurchases(fit: BgBbModel, nStar: number, customer: BgBbPattern): number;
export function conditionalExpectedPurchases(
  fit: BgBbModel,
  nStar: number,
  customers: BgBbData | OpportunitiesSummary,
): Float64Array;
export function conditionalExpectedPurchases(
  fit: CountModel | BgBbModel,
  t: number,
  customer: CustomerHistory | CustomerHistories | BgBbPattern | BgBbData | OpportunitiesSummary,
): number | Float64Array {
  const fn = "conditionalExpectedPurchases";
  return conditionalExpectedPurchasesOf(fn, fit, t, readCustomersOf(fn, fit, customer));
}
