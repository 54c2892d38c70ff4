import * as z from "zod/mini";
import { parseInput } from "../../schema/parseInput.ts";
import { checkRetentionModel } from "./_internal/checkRetentionModel.ts";
import { discountedResidualLifetime } from "./_internal/discountedResidualLifetime.ts";
import { discountingFields, resolveDiscounting } from "./_internal/resolveDiscounting.ts";
import type { RetentionDiscountingOptions } from "./RetentionDiscountingOptions.ts";
import type { RetentionModel } from "./RetentionModel.ts";

/**
 * Options of {@link discountedExpectedResidualLifetime}: the customer's renewals so far and the
 * discounting ({@link RetentionDiscountingOptions}).
 *
 * @example
 * ```ts
 * import type { DiscountedExpectedResidualLifetimeOptions } from "clientele/clv";
 * const options: DiscountedExpectedResidualLifetimeOptions = { renewals: 4, discountRate: { rate: 0.1, per: "year" } };
 * ```
 * @category sBG
 */
export interface DiscountedExpectedResidualLifetimeOptions extends RetentionDiscountingOptions {
  /**
   * Renewals the customer has made so far, an integer ≥ 0 (Fader & Hardie's n − 1: the customer is at
   * the end of period n = `renewals` + 1, about to decide on the next renewal).
   */
  readonly renewals: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  renewals: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  ...discountingFields,
});

/**
 * Discounted expected residual lifetime (DERL) of an active customer who has made `renewals` renewals:
 * the expected present value of the customer's future payments of one unit per period, so that the
 * customer's expected residual lifetime value is DERL × the net payment per period.
 *
 * @remarks
 * Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of ignoring
 * heterogeneity", Marketing Science 29(1), eq. 6. The customer has made n − 1 = `renewals` renewals and
 * we stand at the end of period n, just before the renewal decision; with the sBG model
 * DERL = Σ_{t≥n} S(t)/S(n − 1) · (1 + d)^−(t−n)
 * = (β + n − 1)/(α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1/(1 + d)).
 *
 * Conventions: `d` is the compound discount rate **per period of the fit** (a plain number is read that
 * way; `{ rate, per }` is converted to the equivalent compound rate per `fit.unit` where the units' ratio
 * is exact, see {@link DiscountRate}). With the default `timing: "start"` (the
 * paper's), payments are made at the start of each period, so the payment for period n + 1, due now if
 * the customer renews (probability r(n)), is not discounted, and the one for period t + 1 is discounted
 * t − n periods; the payment for the current period n is already made and **not** included.
 * `timing: "end"` pays each period at its end and divides the value by 1 + d. DERL rises with
 * `renewals` (the customers who stayed are the better ones), which a model with one constant retention
 * rate r misses (it gives r/(1 − r/(1 + d)) at every tenure). With d = 0 and α > 1 it is the expected
 * residual lifetime (β + n − 1)/(α − 1). Accuracy: the closed form agrees with the direct sum to 1e-12
 * relative and with mpmath (test/clv/shiftedBetaGeometric/discountedExpectedResidualLifetime.test.ts).
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param options - `renewals`, `discountRate`, `timing` ({@link DiscountedExpectedResidualLifetimeOptions}).
 * @returns DERL, in periods' payments (> 0).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, a `renewals` that is not an integer
 *   ≥ 0, a negative or non-finite rate, or a rate `per` a unit with no exact ratio to the fit's (path
 *   `options.discountRate.per`).
 * @throws {@link ClienteleDomainError} `domain_error` for d = 0 with α ≤ 1 (infinite expected lifetime),
 *   or parameters so extreme that the value cannot be evaluated accurately.
 * @example
 * ```ts
 * import { discountedExpectedResidualLifetime, type RetentionModel } from "clientele/clv";
 * // Fader & Hardie (2010), worked example: α = 3.80, β = 15.20, d = 10% a year
 * const example: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" };
 * discountedExpectedResidualLifetime(example, { renewals: 0, discountRate: 0.1 }).toFixed(3); // => "3.310"
 * discountedExpectedResidualLifetime(example, { renewals: 4, discountRate: 0.1 }).toFixed(3); // => "3.842"
 * ```
 * @see {@link discountedExpectedLifetime}, {@link residualValueOfBase}
 * @category sBG
 */
export function discountedExpectedResidualLifetime(
  fit: RetentionModel,
  options: DiscountedExpectedResidualLifetimeOptions,
): number {
  const fn = "discountedExpectedResidualLifetime";
  const model = checkRetentionModel(fn, fit);
  const parsed = parseInput(fn, OptionsSchema, options, ["options"]);
  const { d, timing } = resolveDiscounting(fn, model.unit, parsed.discountRate, parsed.timing);
  return discountedResidualLifetime(fn, model.params.alpha, model.params.beta, parsed.renewals, d, timing);
}
