import type { DiscountRate } from "../DiscountRate.ts";

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
 * @category sBG
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
 * @category sBG
 */
export interface RetentionDiscountingOptions {
  /**
   * Compound discount rate ({@link DiscountRate}): a plain number is per `fit.unit`; `{ rate, per }` is
   * converted to the equivalent rate per `fit.unit` where the units' ratio is exact (10% a year is 0.797…%
   * a month for a fit in months), and rejected otherwise (a rate per year for a fit in weeks).
   */
  readonly discountRate: DiscountRate;
  /** When payments are made ({@link PaymentTiming}); default `"start"`, Fader & Hardie's convention. */
  readonly timing?: PaymentTiming | undefined;
}
