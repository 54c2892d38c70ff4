import * as z from "zod/mini";
import { parseInput } from "../../schema/parseInput.ts";
import { checkRetentionModel } from "./_internal/checkRetentionModel.ts";
import { discountedResidualLifetime } from "./_internal/discountedResidualLifetime.ts";
import { discountingFields, resolveDiscounting } from "./_internal/resolveDiscounting.ts";
import type { RetentionDiscountingOptions } from "./RetentionDiscountingOptions.ts";
import type { RetentionModel } from "./RetentionModel.ts";

const OptionsSchema = /* @__PURE__ */ z.strictObject(discountingFields);

/**
 * Discounted expected lifetime (DEL) of a customer just acquired: the expected present value of the
 * payments of one unit per period the customer stays, so that a new customer's expected lifetime value
 * is DEL × the net payment per period.
 *
 * @remarks
 * Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of ignoring
 * heterogeneity", Marketing Science 29(1), eq. 5: DEL = Σ_{t≥0} S(t)/(1 + d)^t
 * = ₂F₁(1, β; α + β; 1/(1 + d)).
 *
 * Conventions (stated, not assumed from the data): `d` is the compound discount rate **per period of the
 * fit** (`fit.unit`); a plain number is read that way, and `{ rate, per }` is converted to the equivalent
 * compound rate per period where the units' ratio is exact ({@link DiscountRate}: 10% a year is 0.797…% a
 * month for a fit in months). With the default `timing: "start"` (the paper's) each period's payment is made at its start: the first payment,
 * at acquisition, is not discounted, and the payment for period t + 1 (made by the S(t) customers who
 * renewed t times) is discounted t periods. `timing: "end"` pays each period at its end, dividing the
 * value by 1 + d. With d = 0 and α > 1, DEL is the expected lifetime E[T] = (α + β − 1)/(α − 1)
 * periods. Accuracy: 1e-12 relative against the direct sum and mpmath
 * (test/clv/shiftedBetaGeometric/discountedExpectedLifetime.test.ts).
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param options - `discountRate` and `timing` ({@link RetentionDiscountingOptions}).
 * @returns DEL, in periods' payments (≥ 1 with payments at the start).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, a negative or non-finite rate, or a
 *   rate `per` a unit with no exact ratio to the fit's, such as a year for a fit in weeks (path
 *   `options.discountRate.per`).
 * @throws {@link ClienteleDomainError} `domain_error` for d = 0 with α ≤ 1 (infinite expected lifetime),
 *   or parameters so extreme that the value cannot be evaluated accurately.
 * @example
 * ```ts
 * import { discountedExpectedLifetime, type RetentionModel } from "clientele/clv";
 * const highEnd: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 0.668, beta: 3.806 }, unit: "year" };
 * discountedExpectedLifetime(highEnd, { discountRate: 0.1 }).toFixed(3); // => "5.923"
 * discountedExpectedLifetime(highEnd, { discountRate: { rate: 0.1, per: "year" }, timing: "end" }).toFixed(3); // => "5.384"
 * // α = 2, β = 3, no discounting: E[T] = (α + β − 1)/(α − 1) = 4 periods
 * discountedExpectedLifetime({ ...highEnd, params: { alpha: 2, beta: 3 } }, { discountRate: 0 }); // => 4
 * ```
 * @see {@link discountedExpectedResidualLifetime}, {@link residualValueOfBase}
 * @category sBG
 */
export function discountedExpectedLifetime(fit: RetentionModel, options: RetentionDiscountingOptions): number {
  const fn = "discountedExpectedLifetime";
  const model = checkRetentionModel(fn, fit);
  const parsed = parseInput(fn, OptionsSchema, options, ["options"]);
  const { d, timing } = resolveDiscounting(fn, model.unit, parsed.discountRate, parsed.timing);
  return discountedResidualLifetime(fn, model.params.alpha, model.params.beta, null, d, timing);
}
