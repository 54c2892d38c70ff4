import * as z from "zod/mini";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { checkRetentionModel } from "./_internal/checkRetentionModel.ts";
import { discountedResidualLifetime } from "./_internal/discountedResidualLifetime.ts";
import { discountingFields, resolveDiscounting } from "./_internal/resolveDiscounting.ts";
import type { RetentionDiscountingOptions } from "./RetentionDiscountingOptions.ts";
import type { RetentionModel } from "./RetentionModel.ts";

/**
 * Options of {@link residualValueOfBase}: the active customers by tenure, the net payment per period and
 * the discounting ({@link RetentionDiscountingOptions}).
 *
 * @example
 * ```ts
 * import type { ResidualValueOfBaseOptions } from "clientele/clv";
 * // 10,000 customers with no renewal yet, 8,000 with one, 6,480 with two, …
 * const options: ResidualValueOfBaseOptions = {
 *   tenures: [10000, 8000, 6480, 5307, 4391],
 *   valuePerPeriod: 100,
 *   discountRate: { rate: 0.1, per: "year" },
 * };
 * ```
 * @category sBG
 */
export interface ResidualValueOfBaseOptions extends RetentionDiscountingOptions {
  /**
   * Active customers by renewals made: `tenures[k]` customers have made k renewals (each finite, ≥ 0;
   * fractions allowed for expected counts).
   */
  readonly tenures: readonly number[];
  /** Net payment (margin) per customer per period, a finite number (negative for a loss). */
  readonly valuePerPeriod: number;
}

/**
 * What {@link residualValueOfBase} returns.
 *
 * @example
 * ```ts
 * import { residualValueOfBase, type ResidualValueOfBase } from "clientele/clv";
 * const base: ResidualValueOfBase = residualValueOfBase(
 *   { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" },
 *   { tenures: [100, 80], valuePerPeriod: 1, discountRate: 0.1 },
 * );
 * base.customers; // => 180
 * ```
 * @category sBG
 */
export interface ResidualValueOfBase {
  /** Expected residual value of the base: `valuePerPeriod` × Σₖ `tenures[k]` × DERL(k). */
  readonly value: number;
  /** Active customers, Σₖ `tenures[k]`. */
  readonly customers: number;
  /** DERL(k) for each k of `tenures` (0 where `tenures[k]` is 0 and it was not needed). */
  readonly residualLifetimes: Float64Array;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  tenures: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  valuePerPeriod: /* @__PURE__ */ z.number(),
  ...discountingFields,
});

/**
 * The expected residual value of a customer base with mixed tenures: each active customer's expected
 * future payments, discounted, summed over the base (Fader & Hardie 2010, the customer-base valuation of
 * section 3). The current period's payments are already made and not included.
 *
 * @remarks
 * Value = m Σₖ Nₖ · DERL(d | α, β, k renewals), with Nₖ = `tenures[k]`, m = `valuePerPeriod` and
 * DERL from {@link discountedExpectedResidualLifetime} (same conventions: `d` per period of the fit, a
 * `{ rate, per }` converted as a {@link DiscountRate}, payments at the start of each period by default,
 * at the end with `timing: "end"`). Because
 * long-tenure customers have higher retention rates under the sBG, this is higher than what one
 * aggregate retention rate gives (the "perils of ignoring heterogeneity" of the paper's title).
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param options - `tenures`, `valuePerPeriod`, `discountRate`, `timing` ({@link ResidualValueOfBaseOptions}).
 * @returns The value, the number of customers and the DERL by tenure ({@link ResidualValueOfBase}).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit` or option (`options.tenures[3]`,
 *   `options.discountRate.per`, …).
 * @throws {@link ClienteleDomainError} `domain_error` for d = 0 with α ≤ 1, a DERL that cannot be
 *   evaluated accurately, or a value that overflows.
 * @example
 * ```ts
 * import { type RetentionModel, residualValueOfBase } from "clientele/clv";
 * const example: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" };
 * const base = residualValueOfBase(example, {
 *   tenures: [10000, 8000, 6480, 5307, 4391],
 *   valuePerPeriod: 100,
 *   discountRate: 0.1,
 * });
 * base.customers; // => 34178
 * Math.round(base.value); // => 12054292
 * ```
 * @see {@link discountedExpectedResidualLifetime}
 * @category sBG
 */
export function residualValueOfBase(fit: RetentionModel, options: ResidualValueOfBaseOptions): ResidualValueOfBase {
  const fn = "residualValueOfBase";
  const model = checkRetentionModel(fn, fit);
  const parsed = parseInput(fn, OptionsSchema, options, ["options"]);
  const { d, timing } = resolveDiscounting(fn, model.unit, parsed.discountRate, parsed.timing);
  const { alpha, beta } = model.params;
  const tenures = parsed.tenures;
  const residualLifetimes = new Float64Array(tenures.length);
  let customers = 0;
  let lifetimes = 0;
  for (let k = 0; k < tenures.length; k++) {
    const count = tenures[k]!;
    if (count === 0) continue;
    const derl = discountedResidualLifetime(fn, alpha, beta, k, d, timing);
    residualLifetimes[k] = derl;
    customers += count;
    lifetimes += count * derl;
  }
  const value = parsed.valuePerPeriod * lifetimes;
  if (!Number.isFinite(value)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the value of the base overflows (${customers} customers × ${parsed.valuePerPeriod} per period)`,
    );
  }
  return { value, customers, residualLifetimes };
}
