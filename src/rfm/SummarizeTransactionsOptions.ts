import * as z from "zod/mini";
import { type CalendarBound, CalendarBoundSchema } from "../time/CalendarBoundSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { type TimeZoneOptions, TimeZoneSchema } from "../time/TimeZoneSchema.ts";

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
});
