import type { BgBbData, BgBbPattern } from "../../rfm/BgBbData.ts";
import type { OpportunitiesSummary } from "../../rfm/summarizeOpportunities.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { CustomerHistories, CustomerHistory } from "../CustomerHistory.ts";
import { probabilityAliveOf, readCustomersOf } from "./_internal/genericPredictions.ts";

/**
 * The probability that a customer is still alive (has not dropped out) at the end of their observation,
 * given their purchase summary (x, t_x, T), under a fitted count model. Pass one customer for a number;
 * columns, rows or a whole `TransactionSummary` ({@link CustomerHistories}) for a `Float64Array` whose
 * entry i is customer i (row i of rows and of `summary.rows`), computed without per-customer allocation.
 *
 * @remarks
 * BG/NBD (Fader, Hardie & Lee 2008, "Computing P(alive) using the BG/NBD model"):
 * P(alive) = 1 / (1 + δ_{x>0} · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)), evaluated in log space, so
 * heavy buyers (x in the hundreds, T in the thousands) give 0 or 1 rather than overflow.
 *
 * **Every BG/NBD customer with no repeat purchase (x = 0) gets P(alive) = 1**, however long ago their
 * first purchase: in the BG/NBD a customer can drop out only just after a purchase, so one who never
 * repurchased cannot have dropped out. This is a property of the model, not a bug; if it matters (it
 * does for one-time buyers seen long ago), use MBG/NBD, which lets customers drop out at time 0 too.
 *
 * **BG/BB** (discrete opportunities, Fader, Hardie & Shang 2010, eq. 11): pass the customer's pattern
 * `{ frequency, recency, opportunities }` (x, t_x, n); the result is P(alive at opportunity n + 1),
 * B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L in log space. A donor who gave in each of 6 years
 * (x = t_x = n = 6) gets the posterior retention probability (δ + 6)/(γ + δ + 6) = 0.930 with FHS's
 * parameters, to 1e-12 (test/clv/predictions/probabilityAlive.test.ts).
 *
 * `recency` and `T` must be in the fit's unit (`fit.unit`). Accuracy: CDNOW customer 1516 (x = 26,
 * t_x = 30.86, T = 31 weeks) gives 0.9689… as published with lifetimes (test/clv/predictions/probabilityAlive.test.ts).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param customer - `{ frequency, recency, T }`, or many of them ({@link CustomerHistories}: columns, rows
 *   or a `TransactionSummary` in the fit's unit); for BG/BB `{ frequency, recency, opportunities }`, or
 *   columns or rows of them, or an `OpportunitiesSummary`.
 * @returns P(alive) in [0, 1]: a number for one customer, else a `Float64Array` in input order.
 * @throws {@link ClienteleInputError} `invalid_input` for an unknown model or bad parameters in `fit`, a
 *   customer value that is not a finite number ≥ 0 / an integer frequency (path `customer.T[3]` for
 *   columns, `customer[3].T` for rows and summaries), or a summary whose `metadata.unit` is not `fit.unit`.
 * @throws {@link ClienteleDomainError} `domain_error` for recency > T, or recency > 0 with frequency 0.
 * @example
 * ```ts
 * import { type CountModel, probabilityAlive } from "clientele/clv";
 * // Fader, Hardie & Lee (2005), CDNOW (or use a fit from fitBgNbd)
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * probabilityAlive(fit, { frequency: 26, recency: 30.86, T: 31 }).toFixed(4); // => "0.9689"
 * probabilityAlive(fit, { frequency: 0, recency: 0, T: 38.86 }); // => 1 (x = 0: see the remarks)
 * probabilityAlive(fit, { frequency: [2, 2], recency: [30, 5], T: [38, 38] }); // => Float64Array [0.72997…, 0.12864…]
probabilityAlive(fit, [{ customerId: "a", frequency: 2, recency: 30, T: 38 }]); // => Float64Array [0.72997…]
 * // BG/BB (Fader, Hardie & Shang 2010, donations): gave in 1 of 6 years, the first
 * const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * probabilityAlive(donations, { frequency: 1, recency: 1, opportunities: 6 }).toFixed(3); // => "0.069"
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link probabilityAliveHistory}
 * @category Predictions
 */
export function probabilityAlive(fit: CountModel, customer: CustomerHistory): number;
export function probabilityAlive(fit: CountModel, customers: CustomerHistories): Float64Array;
export function probabilityAlive(fit: BgBbModel, customer: BgBbPattern): number;
export function probabilityAlive(fit: BgBbModel, customers: BgBbData | OpportunitiesSummary): Float64Array;
export function probabilityAlive(
  fit: CountModel | BgBbModel,
  customer: CustomerHistory | CustomerHistories | BgBbPattern | BgBbData | OpportunitiesSummary,
): number | Float64Array {
  const fn = "probabilityAlive";
  return probabilityAliveOf(fn, fit, readCustomersOf(fn, fit, customer));
}
