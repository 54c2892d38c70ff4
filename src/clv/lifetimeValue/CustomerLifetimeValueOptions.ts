import type { TransactionSummary } from "../../rfm/TransactionSummary.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { CustomerHistory, CustomerHistoryColumns } from "../CustomerHistory.ts";
import type { DiscountRate } from "../DiscountRate.ts";
import type { SpendModel } from "../gammaGamma/GammaGammaFit.ts";
import type { SpendHistory, SpendHistoryColumns } from "../gammaGamma/SpendHistory.ts";
import type { TimeLength } from "./TimeLength.ts";

/**
 * The inputs of {@link customerLifetimeValue}: a count model, a spend model, the customers, the horizon,
 * the discount rate, the margin and (optionally) the discounting period and the method.
 *
 * With `method: "closed-form"` (Pareto/NBD only) the horizon is infinite: omit `horizon` and `period`.
 *
 * @typeParam Customers - One customer ({@link CustomerHistory} & {@link SpendHistory}), or columns, rows
 *   or a {@link TransactionSummary}.
 * @example
 * ```ts
 * import type { CustomerLifetimeValueOptions } from "clientele/clv";
 * const options: CustomerLifetimeValueOptions = {
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   customers: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   horizon: { length: 52, unit: "week" },
 *   discountRate: 0.0018,
 *   margin: 0.3,
 * };
 * const closedForm: CustomerLifetimeValueOptions = {
 *   countFit: { model: "pareto-nbd", params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   customers: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   method: "closed-form", // no horizon: DERT sums over an infinite one
 *   discountRate: 0.0018, // per week, compounded weekly: δ = ln(1.0018) per week
 *   margin: 0.3,
 * };
 * ```
 * @category Lifetime value
 */
export interface CustomerLifetimeValueOptions<
  Customers extends
    | (CustomerHistory & SpendHistory)
    | (CustomerHistoryColumns & SpendHistoryColumns)
    | readonly (CustomerHistory & SpendHistory)[]
    | TransactionSummary =
    | (CustomerHistory & SpendHistory)
    | (CustomerHistoryColumns & SpendHistoryColumns)
    | readonly (CustomerHistory & SpendHistory)[]
    | TransactionSummary,
> {
  /** A fitted count model (BG/NBD, …): its `unit` is the unit of every time. */
  readonly countFit: CountModel;
  /** A fitted spend model (Gamma-Gamma). */
  readonly spendFit: SpendModel;
  /**
   * `{ frequency, recency, T, monetaryValue }` of one customer, or columns of them (e.g. `SummaryColumns`),
   * rows of them (e.g. `summary.rows`), or a `TransactionSummary` in `countFit.unit` (another unit is
   * `invalid_input` at `customer.metadata.unit`).
   */
  readonly customers: Customers;
  /**
   * How far ahead to sum: a multiple of `period`, ≥ 0 ({@link TimeLength}; a number is in `countFit.unit`).
   * Required with `method: "discrete"`; must be omitted with `"closed-form"`, whose horizon is infinite
   * (either mistake is `invalid_input` at `horizon`).
   */
  readonly horizon?: TimeLength | undefined;
  /**
   * Compound discount rate ({@link DiscountRate}; a number is per `countFit.unit`). With
   * `"closed-form"` it must be > 0 and is turned into the continuous rate δ = ln(1 + d) per fit unit.
   */
  readonly discountRate: DiscountRate;
  /** Profit margin, the share of spend that is profit, in [0, 1]. */
  readonly margin: number;
  /** Length of each discounting period, > 0 (default 1 unit of the fit); `"discrete"` only. */
  readonly period?: TimeLength | undefined;
  /**
   * `"discrete"` (default): the end-of-period sum over `horizon` that lifetimes and the other peers compute,
   * for every count model. `"closed-form"`: margin × E[spend] × DERT, Fader, Hardie & Lee's (2005)
   * discounted expected residual transactions, continuously discounted over an infinite horizon; Pareto/NBD
   * fits only (another model is `invalid_input` at `method`).
   */
  readonly method?: "discrete" | "closed-form" | undefined;
}
