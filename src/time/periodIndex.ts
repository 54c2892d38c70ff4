import * as z from "zod/mini";
import { createWallClock } from "../_lib/wallClock.ts";
import { parseInput } from "../schema/parseInput.ts";
import { cycleDateFromWall, differenceInCalendarCyclePeriods } from "./_internal/CycleDate.ts";
import { PeriodOptionsArgSchema, type StartOfPeriodOptions, StartOfPeriodOptionsSchema } from "./startOfPeriod.ts";

/**
 * Options of {@link periodIndex}: the same as {@link StartOfPeriodOptions}.
 *
 * @example
 * ```ts
 * import type { PeriodIndexOptions } from "clientele/time";
 * const options: PeriodIndexOptions = { period: "year", timeZone: "Europe/London" };
 * ```
 * @category Time
 */
export type PeriodIndexOptions = StartOfPeriodOptions;

/**
 * Schema of {@link PeriodIndexOptions} (the same schema as {@link StartOfPeriodOptionsSchema}).
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { PeriodIndexOptionsSchema } from "clientele/time";
 * parseInput("f", PeriodIndexOptionsSchema, { period: "week", weekStartsOn: 0 }); // => { period: "week", weekStartsOn: 0 }
 * ```
 * @category Time
 */
export const PeriodIndexOptionsSchema: typeof StartOfPeriodOptionsSchema = StartOfPeriodOptionsSchema;

const ArgsSchema = /* @__PURE__ */ z.object({
  instant: /* @__PURE__ */ z.date(),
  origin: /* @__PURE__ */ z.date(),
  options: PeriodOptionsArgSchema,
});

/**
 * Number of whole calendar periods from the period containing `origin` to the period containing
 * `instant`: 0 in the same period, 1 in the next, −1 in the previous. This is the discrete
 * "opportunity number" of BG/BB-style models (which year / quarter / week a transaction falls in,
 * counted from the start of the panel).
 *
 * @remarks
 * Periods are calendar periods in `timeZone` (see {@link startOfPeriod}), not fixed durations:
 * Dec 31 and Jan 1 are in consecutive years although one day apart, Jan 1 and Dec 31 of one year are
 * in the same year. Weeks start on `weekStartsOn` (default Monday); quarters on Jan/Apr/Jul/Oct 1.
 * Computed by date-fns (`differenceInCalendarDays`, `…Weeks`, `…Months`, `…Quarters`, `…Years`) on the
 * two wall-clock readings, in a UTC context.
 *
 * @param instant - The instant to place (a valid `Date`).
 * @param origin - The instant whose period is number 0 (a valid `Date`).
 * @param options - `period` (required), `timeZone` (default `"UTC"`), `weekStartsOn` (default 1).
 * @returns An integer.
 * @throws {@link ClienteleInputError} `invalid_input` at `instant` / `origin` for an invalid `Date`
 *   or a non-`Date`, at `options.period`, `options.timeZone` or `options.weekStartsOn` for a bad option.
 * @example
 * ```ts
 * import { periodIndex } from "clientele/time";
 * const origin = new Date("1996-12-31T12:00:00Z");
 * periodIndex(new Date("1997-01-01T12:00:00Z"), origin, { period: "year" }); // => 1
 * periodIndex(new Date("1997-06-30T12:00:00Z"), origin, { period: "quarter" }); // => 2
 * periodIndex(new Date("1996-12-01T12:00:00Z"), origin, { period: "month" }); // => 0
 * // 1997-01-05 is a Sunday: a new week if weeks start on Sunday, not if they start on Monday.
 * periodIndex(new Date("1997-01-05T12:00:00Z"), origin, { period: "week" }); // => 0
 * periodIndex(new Date("1997-01-05T12:00:00Z"), origin, { period: "week", weekStartsOn: 0 }); // => 1
 * ```
 * @see {@link startOfPeriod}
 * @category Time
 */
export function periodIndex(instant: Date, origin: Date, options: PeriodIndexOptions): number {
  const args = parseInput("periodIndex", ArgsSchema, { instant, origin, options });
  const { period, timeZone, weekStartsOn = 1 } = args.options;
  const clock = createWallClock("periodIndex", timeZone, ["options", "timeZone"]);
  const at = cycleDateFromWall(clock(args.instant.getTime()));
  const start = cycleDateFromWall(clock(args.origin.getTime()));
  return differenceInCalendarCyclePeriods(at, start, period, weekStartsOn);
}
