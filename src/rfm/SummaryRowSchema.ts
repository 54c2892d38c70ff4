import * as z from "zod/mini";
import { CustomerIdSchema } from "../schema/primitives.ts";

/**
 * One customer summary row prepared anywhere (a warehouse query, a spreadsheet, {@link summarizeTransactions}):
 * `customerId`, `frequency` (integer ≥ 0), `recency` and `T` (≥ 0), and optionally `monetaryValue`,
 * `holdoutFrequency` (integer ≥ 0), `holdoutMonetaryValue` and `holdoutDuration` (≥ 0). All numbers must
 * be finite. Unknown keys are rejected so a misspelt field cannot pass unnoticed. See
 * {@link CustomerSummary} for the meaning of each field (recency is first-to-last purchase, not time
 * since the last purchase). {@link parseSummaries} adds the checks across fields (`recency ≤ T`).
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SummaryRowSchema } from "clientele/rfm";
 * parseInput("f", SummaryRowSchema, { customerId: 1, frequency: 2, recency: 30.43, T: 38.86 });
 * // => { customerId: "1", frequency: 2, recency: 30.43, T: 38.86 }
 * ```
 * @category RFM
 */
export const SummaryRowSchema = /* @__PURE__ */ z.strictObject({
  /** Customer id: a non-empty string, or a non-negative integer (turned into its decimal string). */
  customerId: CustomerIdSchema,
  /** x: repeat purchases, an integer ≥ 0. */
  frequency: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  /** t_x: time from the first to the last purchase, ≥ 0. */
  recency: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  /** Time from the first purchase to the end of calibration, ≥ 0. */
  T: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  /** Mean repeat-purchase value, ≥ 0 (optional). */
  monetaryValue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  /** Holdout purchases, an integer ≥ 0 (optional). */
  holdoutFrequency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  /** Mean holdout purchase value, ≥ 0 (optional). */
  holdoutMonetaryValue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  /** Holdout length, ≥ 0 (optional). */
  holdoutDuration: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
});

/**
 * A validated summary row (output of {@link SummaryRowSchema}): like {@link CustomerSummary} but with
 * `monetaryValue` optional, since frequency/recency models do not need it.
 *
 * @example
 * ```ts
 * import type { SummaryRow } from "clientele/rfm";
 * const row: SummaryRow = { customerId: "1", frequency: 2, recency: 30.43, T: 38.86 };
 * ```
 * @category RFM
 */
export type SummaryRow = z.output<typeof SummaryRowSchema>;

/**
 * What {@link SummaryRowSchema} accepts: as {@link SummaryRow}, with `customerId` a string or a
 * non-negative integer. Every {@link CustomerSummary} is one.
 *
 * @example
 * ```ts
 * import type { SummaryRowInput } from "clientele/rfm";
 * const row: SummaryRowInput = { customerId: 17, frequency: 0, recency: 0, T: 27 };
 * ```
 * @category RFM
 */
export type SummaryRowInput = z.input<typeof SummaryRowSchema>;
