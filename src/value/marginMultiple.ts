import type { TimeUnit } from "../_lib/timeUnits.ts";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import { readMarginMultipleInput } from "./_internal/readMarginMultipleInput.ts";

/**
 * Input of {@link marginMultiple}.
 *
 * @example
 * ```ts
 * import type { MarginMultipleInput } from "clientele/value";
 * const input: MarginMultipleInput = { retention: 0.9, discountRate: { rate: 0.12, per: "year" }, unit: "year" };
 * ```
 * @category Retention economics
 */
export interface MarginMultipleInput {
  /** Retention rate r per period, in [0, 1). */
  readonly retention: number;
  /** The discount rate i ({@link DiscountRate}): a number per period, or `{ rate, per }` with `unit`. */
  readonly discountRate: DiscountRate;
  /** The period's unit, needed to convert a `{ rate, per }` discount rate. */
  readonly unit?: TimeUnit | undefined;
}

/**
 * The margin multiple r / (1 + i − r): a customer's lifetime value in periods' margins when the margin m
 * and the retention rate r are constant, the horizon is infinite, and margins come at each period's end
 * from the customers retained (CLV = m · r / (1 + i − r)).
 *
 * @remarks
 * Gupta, Lehmann & Stuart (2004), "Valuing customers", *Journal of Marketing Research* 41(1), 7–18; and
 * Gupta & Lehmann (2003), "Customers as assets", *Journal of Interactive Marketing* 17(1): the sum
 * Σₜ≥₁ m·rᵗ/(1 + i)ᵗ = m·r/(1 + i − r). Tested against hand computation (0.9 / 1.12 − 0.9 = 4.0909…); the
 * papers' own tables were not verified here. The discount rate follows the one {@link DiscountRate}
 * convention: a plain number per period, `{ rate, per }` converted to the period's `unit` where exact.
 *
 * @param input - r, i and the period's unit.
 * @returns r / (1 + i − r).
 * @throws {@link ClienteleInputError} `invalid_input` for r outside [0, 1) (at `input.retention`) or a bad
 *   rate (at `input.discountRate…`).
 * @example
 * ```ts
 * import { marginMultiple } from "clientele/value";
 * marginMultiple({ retention: 0.9, discountRate: 0.12 }).toFixed(4); // => "4.0909"
 * marginMultiple({ retention: 0.8, discountRate: 0.1 }); // => 2.6666666666666665
 * ```
 * @category Retention economics
 */
export function marginMultiple(input: MarginMultipleInput): number {
  const { retention, rate } = readMarginMultipleInput("marginMultiple", input, ["input"]);
  return retention / (1 + rate - retention);
}
