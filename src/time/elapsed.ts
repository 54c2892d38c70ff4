import * as z from "zod/mini";
import { DAY_MS } from "../_lib/civilCalendar.ts";
import { createWallClock } from "../_lib/wallClock.ts";
import { parseInput } from "../schema/parseInput.ts";
import {
  addCyclePeriods,
  type CycleDate,
  compareCycleDates,
  cycleDateFromWall,
  differenceInCalendarCyclePeriods,
  timeOfDayMs,
} from "./_internal/CycleDate.ts";
import { type TimeUnit, TimeUnitSchema } from "./TimeUnitSchema.ts";
import { type TimeZoneOptions, TimeZoneSchema, TimeZoneShapeSchema } from "./TimeZoneSchema.ts";

/**
 * Options of {@link elapsed}.
 *
 * @example
 * ```ts
 * import type { ElapsedOptions } from "clientele/time";
 * const options: ElapsedOptions = { unit: "week", timeZone: "Europe/London" };
 * ```
 * @category Time
 */
export interface ElapsedOptions extends TimeZoneOptions {
  /** Unit of the result. Required: clientele never guesses a unit. */
  readonly unit: TimeUnit;
}

/**
 * Schema of {@link ElapsedOptions}; unknown keys (e.g. a misspelt `timezone`) are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ElapsedOptionsSchema } from "clientele/time";
 * parseInput("f", ElapsedOptionsSchema, { unit: "day" }); // => { unit: "day" }
 * ```
 * @category Time
 */
export const ElapsedOptionsSchema: z.ZodMiniType<ElapsedOptions, ElapsedOptions> = /* @__PURE__ */ z.strictObject({
  unit: TimeUnitSchema,
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
});

const ArgsSchema = /* @__PURE__ */ z.object({
  from: /* @__PURE__ */ z.date(),
  to: /* @__PURE__ */ z.date(),
  // ElapsedOptionsSchema with a shape-only zone check: createWallClock validates IANA names.
  options: /* @__PURE__ */ z.strictObject({
    unit: TimeUnitSchema,
    timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema),
  }),
});

/**
 * Time elapsed from one instant to another, in a chosen unit, measured on the wall clock of a time
 * zone: fractional, and negative when `to` reads earlier than `from`.
 *
 * @remarks
 * Both instants are first read as wall-clock date-times in `timeZone` (see {@link toCivilDateTime}).
 * Then, per unit:
 *
 * - **day**: whole calendar days between the two civil dates, plus the difference of the two times of
 *   day divided by 24 h. A day is a calendar day, never "86 400 000 ms": noon to noon across a
 *   daylight-saving change is exactly 1 day although 23 or 25 hours passed, and instants exactly 24 h
 *   apart across the spring-forward change are 1 day + 1 h apart on the wall clock (1.0416…).
 *   2024-02-28 → 2024-03-01 is 2 days (leap year), 2023-02-28 → 2023-03-01 is 1.
 * - **week**: days / 7 exactly. This is the convention of the CDNOW customer-base papers (Fader,
 *   Hardie & Lee 2005): whole days between purchase dates divided by 7.
 * - **month**: `m + f`, counted from the earlier reading. `m` is the largest whole number of months
 *   such that adding `m` months to the earlier reading (clamping the day to the month's end, as
 *   date-fns `addMonths` does: Jan 31 + 1 month = Feb 29 in 2024) does not pass the later one; `f` is
 *   the remaining days divided by the length in days of the next month step. So Jan 15 → Feb 15 is
 *   1 month, Jan 15 → Jan 31 is 16/31 month, and Jan 31 → Feb 29 2024 is 1 month. Reversing the
 *   arguments flips the sign exactly.
 * - **quarter**: months / 3. **year**: months / 12 (Feb 29 2024 → Feb 28 2025 is 1 year).
 *
 * The calendar work is date-fns' (`differenceInCalendarDays`, `differenceInCalendarMonths`,
 * `addMonths`), in a UTC context on the two readings. The month measure is clientele's own, built from
 * those: date-fns `differenceInMonths` anchors at its first argument and treats some month ends
 * specially (Jan 31 → Apr 30 is 2 months there, 3 here); the two agree when neither day is after the 28th.
 *
 * No unit is ever converted through a fixed number of days ("a month is 30 days" appears nowhere).
 * Within the hour repeated when clocks go back, two instants an hour apart show the same wall clock,
 * so their elapsed time is 0: use {@link elapsedCalendarDays} when only days matter, or `"UTC"`.
 * This function never reads the clock: pass the observation end (`asOf`) explicitly as `to`.
 *
 * @param from - Start instant (a valid `Date`).
 * @param to - End instant (a valid `Date`).
 * @param options - `unit` (required) and `timeZone` (default `"UTC"`).
 * @returns The elapsed time in `unit`; finite, `0` for equal wall-clock readings.
 * @throws {@link ClienteleInputError} `invalid_input` at `from` / `to` for an invalid `Date` or a
 *   non-`Date`, at `options.unit` for an unknown unit, at `options.timeZone` for an unknown zone.
 * @example
 * ```ts
 * import { elapsed } from "clientele/time";
 * const first = new Date("1997-01-01");
 * const asOf = new Date("1997-09-30");
 * elapsed(first, asOf, { unit: "day" }); // => 272
 * elapsed(first, asOf, { unit: "week" }); // => 38.857142857142854 (272 / 7)
 * elapsed(asOf, first, { unit: "week" }); // => -38.857142857142854
 * elapsed(new Date("2024-01-31"), new Date("2024-02-29"), { unit: "month" }); // => 1
 * elapsed(new Date("2024-01-01"), new Date("2024-07-01"), { unit: "year" }); // => 0.5
 * // Across the New York spring-forward change (2024-03-10), noon to noon:
 * elapsed(new Date("2024-03-09T17:00:00Z"), new Date("2024-03-10T16:00:00Z"), {
 *   unit: "day",
 *   timeZone: "America/New_York",
 * }); // => 1
 * ```
 * @see {@link elapsedCalendarDays}
 * @category Time
 */
export function elapsed(from: Date, to: Date, options: ElapsedOptions): number {
  const args = parseInput("elapsed", ArgsSchema, { from, to, options });
  const clock = createWallClock("elapsed", args.options.timeZone, ["options", "timeZone"]);
  const wallFrom = clock(args.from.getTime());
  const wallTo = clock(args.to.getTime());
  const a = cycleDateFromWall(wallFrom);
  const b = cycleDateFromWall(wallTo);
  const unit = args.options.unit;
  let result: number;
  if (unit === "day" || unit === "week") {
    const days = elapsedDays(a, b);
    result = unit === "day" ? days : days / 7;
  } else {
    const months = wallFrom <= wallTo ? elapsedMonths(a, b) : -elapsedMonths(b, a);
    result = unit === "month" ? months : unit === "quarter" ? months / 3 : months / 12;
  }
  return result + 0; // never -0
}

/** Whole calendar days plus the time-of-day difference over 24 h, between two readings. */
function elapsedDays(a: CycleDate, b: CycleDate): number {
  return differenceInCalendarCyclePeriods(b, a, "day") + (timeOfDayMs(b) - timeOfDayMs(a)) / DAY_MS;
}

/** Months from reading `a` to a later-or-equal reading `b` (see {@link elapsed}, unit month). */
function elapsedMonths(a: CycleDate, b: CycleDate): number {
  // Calendar-month difference; one too many when the step (a's time of day kept) lands after `b`.
  let months = differenceInCalendarCyclePeriods(b, a, "month");
  let step = addCyclePeriods(a, months, "month");
  if (compareCycleDates(step, b) > 0) {
    months -= 1;
    step = addCyclePeriods(a, months, "month");
  }
  const next = addCyclePeriods(a, months + 1, "month");
  const remaining = differenceInCalendarCyclePeriods(b, step, "day") + (timeOfDayMs(b) - timeOfDayMs(a)) / DAY_MS;
  return months + remaining / differenceInCalendarCyclePeriods(next, step, "day");
}
