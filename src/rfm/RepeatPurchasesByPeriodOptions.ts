import * as z from "zod/mini";
import { MaxIssuesSchema } from "../schema/MaxIssuesSchema.ts";
import { type CalendarBound, CalendarBoundSchema } from "../time/CalendarBoundSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { type TimeZoneOptions, TimeZoneSchema } from "../time/TimeZoneSchema.ts";

/**
 * Options of {@link repeatPurchasesByPeriod}: where tracking starts, how many periods of what length,
 * and the conventions of {@link summarizeTransactions} (time zone, same-day merging, observation end).
 *
 * @remarks
 * - `start`, `unit`, `periods` and `observationEnd` are required: clientele never defaults a tracking
 *   start or an observation end to the first or last transaction, or to "today".
 * - `start` and `observationEnd` are **calendar dates** in `timeZone`, read exactly as `observationEnd`
 *   is for {@link summarizeTransactions} (see `CalendarBound`): a date-only string such as
 *   `"1997-01-01"` is that date in `timeZone`, whatever the zone; a `Date` or a date-time with an
 *   offset is the civil date it falls on there.
 * - Period k (k = 1 … `periods`) runs from `start` + (k − 1) × `period` `unit`s to the day before
 *   `start` + k × `period` `unit`s, both inclusive. Months, quarters and years are **calendar** months
 *   (never 30 days), added to `start` as `addPeriods` adds them (Jan 31 + 1 month = Feb 29 in 2024).
 * - Every period must end on or before `observationEnd`: a period that the log does not cover in full
 *   is an error (`invalid_input` at `options.periods`), never a short last period.
 *
 * @example
 * ```ts
 * import type { RepeatPurchasesByPeriodOptions } from "clientele/rfm";
 * // the CDNOW tracking window: 78 weeks from 1997-01-01
 * const options: RepeatPurchasesByPeriodOptions = {
 *   unit: "week",
 *   start: "1997-01-01",
 *   periods: 78,
 *   observationEnd: "1998-06-30",
 * };
 * ```
 * @category RFM
 */
export interface RepeatPurchasesByPeriodOptions extends TimeZoneOptions {
  /** Unit of `period` and of the first-purchase times: `"day"`, `"week"` (7 days), `"month"`, `"quarter"` or `"year"` (calendar months). Required. */
  readonly unit: TimeUnit;
  /** First day of period 1 (a calendar date in `timeZone`). Required. */
  readonly start: CalendarBound;
  /** Number of periods, an integer in [1, 100,000]. Required. */
  readonly periods: number;
  /** Length of one period in `unit`s, a whole number ≥ 1 (default 1). */
  readonly period?: number | undefined;
  /** Last day the log covers (inclusive). Required; every period must end on or before it. */
  readonly observationEnd: CalendarBound;
  /** Merge purchases of one customer on one calendar day into one purchase (default `true`), as {@link summarizeTransactions} does. */
  readonly mergeSameDay?: boolean | undefined;
  /** What to do with rows dated after `observationEnd`: `"exclude"` (default; counted in the metadata) or `"throw"` (`domain_error`). */
  readonly rowsAfterObservationEnd?: "exclude" | "throw" | undefined;
  /**
   * How many issues an `invalid_input` (or `domain_error`) error keeps in `issues`: an integer from 0 to
   * 1,000,000 (default 10,000). `issueCount` always counts them all; see {@link MaxIssuesSchema}.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * Schema of {@link RepeatPurchasesByPeriodOptions}; unknown keys (e.g. a misspelt `timezone`) are
 * rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { RepeatPurchasesByPeriodOptionsSchema } from "clientele/rfm";
 * parseInput("f", RepeatPurchasesByPeriodOptionsSchema, {
 *   unit: "week", start: "1997-01-01", periods: 78, observationEnd: "1998-06-30",
 * }).start; // => "1997-01-01"
 * ```
 * @category RFM
 */
export const RepeatPurchasesByPeriodOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Unit of period and of the first-purchase times (required). */
  unit: TimeUnitSchema,
  /** First day of period 1 (required). */
  start: CalendarBoundSchema,
  /** Number of periods, 1 … 100,000 (required). */
  periods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100_000)),
  /** Length of one period in units, a whole number ≥ 1 (default 1). */
  period: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  /** Last day of observation, inclusive (required). */
  observationEnd: CalendarBoundSchema,
  /** Zone of the calendar days (default "UTC"). */
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
  /** Merge same-day purchases (default true). */
  mergeSameDay: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** "exclude" (default) or "throw". */
  rowsAfterObservationEnd: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(["exclude", "throw"])),
  /** Issues kept in an error, 0 … 1,000,000 (default 10,000). */
  maxIssues: /* @__PURE__ */ z.optional(MaxIssuesSchema),
});
