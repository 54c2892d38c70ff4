import * as z from "zod/mini";
import { createWallClock } from "../_lib/wallClock.ts";
import { parseInput } from "../schema/parseInput.ts";
import { cycleDateFromWall, differenceInCalendarCyclePeriods } from "./_internal/CycleDate.ts";
import { type TimeZoneOptions, TimeZoneSchema, TimeZoneShapeSchema } from "./TimeZoneSchema.ts";

/**
 * Options of {@link elapsedCalendarDays}.
 *
 * @example
 * ```ts
 * import type { ElapsedCalendarDaysOptions } from "clientele/time";
 * const options: ElapsedCalendarDaysOptions = { timeZone: "America/New_York" };
 * ```
 * @category Time
 */
export type ElapsedCalendarDaysOptions = TimeZoneOptions;

/**
 * Schema of {@link ElapsedCalendarDaysOptions}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ElapsedCalendarDaysOptionsSchema } from "clientele/time";
 * parseInput("f", ElapsedCalendarDaysOptionsSchema, { timeZone: "UTC" }); // => { timeZone: "UTC" }
 * ```
 * @category Time
 */
export const ElapsedCalendarDaysOptionsSchema: z.ZodMiniType<ElapsedCalendarDaysOptions, ElapsedCalendarDaysOptions> =
  /* @__PURE__ */ z.strictObject({
    timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
  });

const ArgsSchema = /* @__PURE__ */ z.object({
  from: /* @__PURE__ */ z.date(),
  to: /* @__PURE__ */ z.date(),
  // ElapsedCalendarDaysOptionsSchema with a shape-only zone check: createWallClock validates IANA names.
  options: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema) }),
  ),
});

/**
 * Whole calendar days from the civil date of `from` to the civil date of `to` in a time zone,
 * ignoring the time of day: the day count the customer-base models (BG/NBD, Pareto/NBD) use for
 * recency and T. Divide by 7 for weeks, as the CDNOW papers do.
 *
 * @remarks
 * Purchases on the same civil date are 0 days apart whatever their times; 23:59 and 00:01 the next
 * day are 1 day apart. Daylight-saving changes never matter: a calendar day is one day whether it
 * lasted 23, 24 or 25 hours. Never reads the clock: pass the observation end (`asOf`) as `to`.
 * Computed by date-fns `differenceInCalendarDays` on the two wall-clock readings, in a UTC context.
 *
 * @param from - Start instant (a valid `Date`).
 * @param to - End instant (a valid `Date`).
 * @param options - `timeZone` (default `"UTC"`).
 * @returns An integer, negative when `to` falls on an earlier date than `from`.
 * @throws {@link ClienteleInputError} `invalid_input` at `from` / `to` for an invalid `Date` or a
 *   non-`Date`, at `options.timeZone` for an unknown zone.
 * @example
 * ```ts
 * import { elapsedCalendarDays } from "clientele/time";
 * elapsedCalendarDays(new Date("1997-01-01"), new Date("1997-09-30")); // => 272
 * elapsedCalendarDays(new Date("2024-02-28"), new Date("2024-03-01")); // => 2
 * // 23:30 and 00:30 in New York are on consecutive days there, the same day in UTC:
 * const late = new Date("2024-06-01T03:30:00Z");
 * const early = new Date("2024-06-01T04:30:00Z");
 * elapsedCalendarDays(late, early, { timeZone: "America/New_York" }); // => 1
 * elapsedCalendarDays(late, early); // => 0
 * ```
 * @see {@link elapsed}
 * @category Time
 */
export function elapsedCalendarDays(from: Date, to: Date, options?: ElapsedCalendarDaysOptions | undefined): number {
  const args = parseInput("elapsedCalendarDays", ArgsSchema, { from, to, options });
  const clock = createWallClock("elapsedCalendarDays", args.options?.timeZone, ["options", "timeZone"]);
  const end = cycleDateFromWall(clock(args.to.getTime()));
  return differenceInCalendarCyclePeriods(end, cycleDateFromWall(clock(args.from.getTime())), "day");
}
