import type { TimeUnit } from "../../time/TimeUnitSchema.ts";

/**
 * A compound discount rate for {@link customerLifetimeValue}: a plain number d is per unit of the count
 * model (`fit.unit`); `{ rate, per }` states its unit. A cash flow one `per` unit away is worth 1/(1 + d)
 * now. A rate per another unit is carried to the fit's unit only where the units' ratio f is exact
 * (week ↔ day by 7, month ↔ quarter ↔ year by 3, 4, 12), as the equivalent compound rate
 * (1 + d)^(1/f) − 1 per fit unit (10% a year is 0.797…% a month, not 10/12%). A rate per year for a fit
 * in weeks or days (or per week for a fit in months) is rejected: give the rate per fit unit.
 *
 * @example
 * ```ts
 * import type { LifetimeValueDiscountRate } from "clientele/clv";
 * const weekly: LifetimeValueDiscountRate = 0.0018; // per fit unit (here: the fit is in weeks)
 * const yearly: LifetimeValueDiscountRate = { rate: 0.1, per: "year" }; // for a fit in months, quarters or years
 * ```
 * @category CLV
 */
export type LifetimeValueDiscountRate =
  | number
  | {
      /** The rate d per `per`, finite and ≥ 0 (0.1 for 10%). */
      readonly rate: number;
      /** The unit the rate is for. */
      readonly per: TimeUnit;
    };
