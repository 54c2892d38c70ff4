import type { TimeUnit } from "../../time/TimeUnitSchema.ts";

/**
 * A discount rate d per period: a plain number means "per period of the fit" (per `fit.unit`); the
 * explicit form `{ rate, per }` states the unit, which must equal the fit's (clientele does not convert
 * rates between units: (1 + d_year) is not (1 + d_month)¹² by any law the library could know).
 * A cash flow one period away is worth 1/(1 + d) now. d is finite and ≥ 0.
 *
 * @example
 * ```ts
 * import type { RetentionDiscountRate } from "clientele/clv";
 * const perFitUnit: RetentionDiscountRate = 0.1;
 * const explicit: RetentionDiscountRate = { rate: 0.1, per: "year" };
 * ```
 * @category CLV
 */
export type RetentionDiscountRate =
  | number
  | {
      /** The rate d, finite and ≥ 0 (0.1 for 10%). */
      readonly rate: number;
      /** The period the rate is for; must be the fit's `unit`. */
      readonly per: TimeUnit;
    };

/**
 * When each period's payment is made: `"start"` (in advance, at the start of each period, as in Fader &
 * Hardie 2010: a new customer's first payment is not discounted) or `"end"` (in arrears, at the end of
 * each period: every payment one period later, so every value is divided by 1 + d).
 *
 * @example
 * ```ts
 * import type { PaymentTiming } from "clientele/clv";
 * const timing: PaymentTiming = "start";
 * ```
 * @category CLV
 */
export type PaymentTiming = "start" | "end";

/**
 * The discounting options of {@link discountedExpectedLifetime},
 * {@link discountedExpectedResidualLifetime} and {@link residualValueOfBase}.
 *
 * @example
 * ```ts
 * import type { RetentionDiscountingOptions } from "clientele/clv";
 * const options: RetentionDiscountingOptions = { discountRate: { rate: 0.1, per: "year" }, timing: "start" };
 * ```
 * @category CLV
 */
export interface RetentionDiscountingOptions {
  /** Discount rate per period ({@link RetentionDiscountRate}); a plain number is per `fit.unit`. */
  readonly discountRate: RetentionDiscountRate;
  /** When payments are made ({@link PaymentTiming}); default `"start"`, Fader & Hardie's convention. */
  readonly timing?: PaymentTiming | undefined;
}
