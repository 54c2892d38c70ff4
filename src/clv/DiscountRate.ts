import type { TimeUnit } from "../time/TimeUnitSchema.ts";

/**
 * A compound discount rate, the one form every discounting function of `clientele/clv` takes
 * ({@link customerLifetimeValue}, {@link discountedExpectedResidualPurchases},
 * {@link discountedExpectedLifetime}, {@link discountedExpectedResidualLifetime},
 * {@link residualValueOfBase}): a plain number d is per unit of the fit (`fit.unit`; for a BG/BB fit, per
 * opportunity); `{ rate, per }` states the unit the rate is per. A cash flow one `per` unit away is worth
 * 1/(1 + d) now. Where a formula discounts continuously (Pareto/NBD's DERT), it derives the continuous
 * rate δ = ln(1 + d) itself.
 *
 * @remarks
 * A rate per another unit than the fit's is carried to the fit's unit as the **equivalent compound
 * rate**, the standard effective-rate equivalence: with f fit units in one `per` unit, a rate d per `per`
 * is (1 + d)^(1/f) − 1 per fit unit, the rate that compounded over f fit units discounts by the same
 * 1/(1 + d). So 10% a year is 1.1^(1/12) − 1 = 0.797…% a month (not 10/12 = 0.833…%), and 1% a month is
 * 1.01¹² − 1 = 12.68…% a year.
 *
 * The conversion is made only where the units' ratio f is exact: day ↔ week by 7, month ↔ quarter ↔ year
 * by 3, 4 and 12. Between days or weeks and months, quarters or years there is no exact ratio (months
 * have 28 to 31 days, years 365 or 366), so such a pair, a rate per year for a fit in weeks for instance,
 * is rejected with `invalid_input` at `discountRate.per` (`options.discountRate.per` for the sBG
 * functions): give the rate per fit unit, converted as you see fit (`1.1 ** (1 / 52) - 1` for 10% a year
 * taken as 52 weeks).
 *
 * @example
 * ```ts
 * import type { DiscountRate } from "clientele/clv";
 * const perFitUnit: DiscountRate = 0.0018; // per fit unit (here: the fit is in weeks)
 * const yearly: DiscountRate = { rate: 0.1, per: "year" }; // for a fit in months: 1.1 ** (1 / 12) - 1 a month
 * (1.1 ** (1 / 12) - 1).toFixed(6); // => "0.007974"
 * ```
 * @category Lifetime value
 */
export type DiscountRate =
  | number
  | {
      /** The rate d per `per`, finite and ≥ 0 (0.1 for 10%). */
      readonly rate: number;
      /** The unit the rate is per; converted to the fit's unit only where the ratio is exact. */
      readonly per: TimeUnit;
    };
