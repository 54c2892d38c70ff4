import * as z from "zod/mini";
import { MaxIssuesSchema } from "../schema/MaxIssuesSchema.ts";
import { type CalendarBound, CalendarBoundSchema } from "../time/CalendarBoundSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { type TimeZoneOptions, TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import { type CurrencyConversion, CurrencyConversionSchema } from "./CurrencyConversion.ts";

/**
 * What {@link summarizeTransactions} does with a return (a row with a negative `amount`):
 *
 * - `"reject"` (the default): the row is `invalid_input` at its `amount`, as `TransactionSchema` says.
 * - `"drop"`: the row is left out of every count and sum, and counted in `metadata.returnRows`.
 * - `"net"`: the row is netted against the same customer's purchases on the same calendar day in
 *   `timeZone`: the day's value is the sum of all its rows, purchases and returns. A day with at least
 *   one return whose net value is ≤ 0 is **not a purchase** (a full refund, or the return of something
 *   bought on another day): it is counted in `metadata.cancelledDays` and in nothing else, and its
 *   negative remainder is not carried to any other day. Days without a return are unchanged (a
 *   purchase of amount 0 stays a purchase). Needs `mergeSameDay: true` (the default).
 *
 * @example
 * ```ts
 * import type { ReturnsPolicy } from "clientele/rfm";
 * const returns: ReturnsPolicy = "net";
 * ```
 * @category RFM
 */
export type ReturnsPolicy = "reject" | "drop" | "net";

/**
 * Options of {@link summarizeTransactions} and {@link createSummaryAccumulator}.
 *
 * @remarks
 * - `observationEnd` is required: clientele never defaults it to "today" or to the last transaction.
 * - `calibrationEnd` and `observationEnd` are **calendar dates, both inclusive** (see `CalendarBound`):
 *   a date-only string such as `"1997-09-30"` is that calendar date in `timeZone`, whatever the zone
 *   (inclusive through its last instant there); a `Date` or a date-time with an offset is read as the
 *   civil date it falls on in `timeZone`. A purchase dated on `calibrationEnd` belongs to calibration;
 *   the holdout period is (calibrationEnd, observationEnd].
 *
 * @example
 * ```ts
 * import type { SummarizeTransactionsOptions } from "clientele/rfm";
 * const options: SummarizeTransactionsOptions = {
 *   unit: "week",
 *   calibrationEnd: "1997-09-30",
 *   observationEnd: "1998-06-30",
 * };
 * ```
 * @category RFM
 */
export interface SummarizeTransactionsOptions extends TimeZoneOptions {
  /** Unit of `recency`, `T` and `holdoutDuration`: `"day"`, `"week"` (days / 7), `"month"`, `"quarter"` or `"year"` (calendar months with a fraction, as `elapsed`). Required. */
  readonly unit: TimeUnit;
  /** Last day of the observation window (inclusive). Required. */
  readonly observationEnd: CalendarBound;
  /** Last day of the calibration period (inclusive); when given, the holdout fields are filled. */
  readonly calibrationEnd?: CalendarBound | undefined;
  /** Merge purchases of one customer on one calendar day into one purchase, summing amounts (default `true`). */
  readonly mergeSameDay?: boolean | undefined;
  /** What to do with rows dated after `observationEnd`: `"exclude"` (default; counted in the metadata) or `"throw"` (`domain_error`). */
  readonly rowsAfterObservationEnd?: "exclude" | "throw" | undefined;
  /** What to do with returns (negative amounts): `"reject"` (default), `"drop"` or `"net"`; see {@link ReturnsPolicy}. */
  readonly returns?: ReturnsPolicy | undefined;
  /**
   * Converts every amount into one currency before summing, by the given rates (see
   * {@link CurrencyConversion}). Without it, a customer whose rows state two currencies (or a currency
   * and none) fails the call with `domain_error`.
   */
  readonly convertCurrency?: CurrencyConversion | undefined;
  /**
   * How many issues an `invalid_input` (or `domain_error`) error keeps in `issues`: an integer from 0 to
   * 1,000,000 (default 10,000). `issueCount` always counts them all; see {@link MaxIssuesSchema}.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * Schema of {@link SummarizeTransactionsOptions}; unknown keys (e.g. a misspelt `timezone`) are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SummarizeTransactionsOptionsSchema } from "clientele/rfm";
 * parseInput("f", SummarizeTransactionsOptionsSchema, { unit: "day", observationEnd: "1998-06-30" }).observationEnd;
 * // => "1998-06-30"
 * ```
 * @category RFM
 */
export const SummarizeTransactionsOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Unit of recency, T and holdoutDuration (required). */
  unit: TimeUnitSchema,
  /** Last day of observation, inclusive (required). */
  observationEnd: CalendarBoundSchema,
  /** Last day of calibration, inclusive (optional). */
  calibrationEnd: /* @__PURE__ */ z.optional(CalendarBoundSchema),
  /** Zone of the calendar days (default "UTC"). */
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
  /** Merge same-day purchases (default true). */
  mergeSameDay: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** "exclude" (default) or "throw". */
  rowsAfterObservationEnd: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(["exclude", "throw"])),
  /** "reject" (default), "drop" or "net". */
  returns: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(["reject", "drop", "net"])),
  /** Rates into one currency (optional). */
  convertCurrency: /* @__PURE__ */ z.optional(CurrencyConversionSchema),
  /** Issues kept in an error, 0 … 1,000,000 (default 10,000). */
  maxIssues: /* @__PURE__ */ z.optional(MaxIssuesSchema),
});
