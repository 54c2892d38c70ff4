import * as z from "zod/mini";
import { formatCivilDate } from "../_lib/civilCalendar.ts";
import { createWallClock } from "../_lib/wallClock.ts";
import { parseInput } from "../schema/parseInput.ts";
import { civilOfCycleDate, cycleDateFromWall, startOfCyclePeriod } from "./_internal/CycleDate.ts";
import type { CivilDate } from "./CivilDateSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "./TimeUnitSchema.ts";
import { type TimeZoneOptions, TimeZoneSchema, TimeZoneShapeSchema } from "./TimeZoneSchema.ts";
import { type WeekStartsOn, WeekStartsOnSchema } from "./WeekStartsOnSchema.ts";

/**
 * Options of {@link startOfPeriod} (and {@link periodIndex}).
 *
 * @example
 * ```ts
 * import type { StartOfPeriodOptions } from "clientele/time";
 * const options: StartOfPeriodOptions = { period: "week", weekStartsOn: 0, timeZone: "America/New_York" };
 * ```
 * @category Time
 */
export interface StartOfPeriodOptions extends TimeZoneOptions {
  /** Calendar period: day, week, month, quarter (Jan/Apr/Jul/Oct) or year. Required. */
  readonly period: TimeUnit;
  /** First day of the week for `period: "week"`, 0 = Sunday … 6 = Saturday; default 1 (Monday). */
  readonly weekStartsOn?: WeekStartsOn | undefined;
}

/**
 * Schema of {@link StartOfPeriodOptions}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { StartOfPeriodOptionsSchema } from "clientele/time";
 * parseInput("f", StartOfPeriodOptionsSchema, { period: "month" }); // => { period: "month" }
 * ```
 * @category Time
 */
export const StartOfPeriodOptionsSchema: z.ZodMiniType<StartOfPeriodOptions, StartOfPeriodOptions> =
  /* @__PURE__ */ z.strictObject({
    period: TimeUnitSchema,
    timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
    weekStartsOn: /* @__PURE__ */ z.optional(WeekStartsOnSchema),
  });

/**
 * {@link StartOfPeriodOptionsSchema} with a shape-only zone check, for the calendar functions
 * (`createWallClock` validates IANA names with the one formatter it creates).
 *
 * @internal
 */
export const PeriodOptionsArgSchema = /* @__PURE__ */ z.strictObject({
  period: TimeUnitSchema,
  timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema),
  weekStartsOn: /* @__PURE__ */ z.optional(WeekStartsOnSchema),
});

const ArgsSchema = /* @__PURE__ */ z.object({
  instant: /* @__PURE__ */ z.date(),
  options: PeriodOptionsArgSchema,
});

/**
 * The civil date on which the calendar period containing an instant begins, in a time zone: the day
 * itself, the week's first day (Monday unless `weekStartsOn` says otherwise), the 1st of the month,
 * the 1st of January, April, July or October, or January 1st.
 *
 * @remarks
 * Returns a date, not an instant: the first moment of a day is not always 00:00 (some zones change
 * clocks at midnight), and a date is what period boundaries are made of. Pass it to
 * {@link addPeriods} to build calibration / holdout boundaries. Computed by date-fns (`startOfWeek`,
 * `startOfMonth`, `startOfQuarter`, `startOfYear`) on the wall-clock reading, in a UTC context.
 *
 * @param instant - A valid `Date`.
 * @param options - `period` (required), `timeZone` (default `"UTC"`), `weekStartsOn` (default 1).
 * @returns The period's first day as `YYYY-MM-DD`.
 * @throws {@link ClienteleInputError} `invalid_input` at `instant` for an invalid `Date` or a
 *   non-`Date`, at `options.period`, `options.timeZone` or `options.weekStartsOn` for a bad option.
 * @example
 * ```ts
 * import { startOfPeriod } from "clientele/time";
 * const t = new Date("1997-03-27T12:00:00Z"); // a Thursday
 * startOfPeriod(t, { period: "week" }); // => "1997-03-24" (Monday)
 * startOfPeriod(t, { period: "week", weekStartsOn: 0 }); // => "1997-03-23" (Sunday)
 * startOfPeriod(t, { period: "month" }); // => "1997-03-01"
 * startOfPeriod(t, { period: "quarter" }); // => "1997-01-01"
 * startOfPeriod(new Date("1997-04-01T02:00:00Z"), { period: "quarter", timeZone: "America/New_York" }); // => "1997-01-01"
 * ```
 * @see {@link periodIndex}
 * @category Time
 */
export function startOfPeriod(instant: Date, options: StartOfPeriodOptions): CivilDate {
  const args = parseInput("startOfPeriod", ArgsSchema, { instant, options });
  const { period, timeZone, weekStartsOn = 1 } = args.options;
  const wall = createWallClock("startOfPeriod", timeZone, ["options", "timeZone"])(args.instant.getTime());
  return formatCivilDate(civilOfCycleDate(startOfCyclePeriod(cycleDateFromWall(wall), period, weekStartsOn)));
}
