import * as z from "zod/mini";
import { createWallClock } from "../_lib/wallClock.ts";
import { parseInput } from "../schema/parseInput.ts";
import { civilOfCycleDate, cycleDateFromWall } from "./_internal/CycleDate.ts";
import { type TimeZone, TimeZoneShapeSchema } from "./TimeZoneSchema.ts";

/**
 * The wall-clock reading of an instant in a time zone: civil date and time of day, with no zone
 * attached. Fields are plain integers (`month` 1–12, `hour` 0–23).
 *
 * @example
 * ```ts
 * import type { CivilDateTime } from "clientele/time";
 * const noon: CivilDateTime = { year: 1997, month: 1, day: 1, hour: 12, minute: 0, second: 0, millisecond: 0 };
 * ```
 * @category Time
 */
export interface CivilDateTime {
  /** Proleptic Gregorian year; astronomical numbering before 1 AD (0 = 1 BC, −1 = 2 BC). */
  readonly year: number;
  /** Month, 1 (January) to 12 (December). */
  readonly month: number;
  /** Day of the month, 1 to 31. */
  readonly day: number;
  /** Hour, 0 to 23. */
  readonly hour: number;
  /** Minute, 0 to 59. */
  readonly minute: number;
  /** Second, 0 to 59 (leap seconds do not exist in JavaScript time). */
  readonly second: number;
  /** Millisecond, 0 to 999. */
  readonly millisecond: number;
}

const ArgsSchema = /* @__PURE__ */ z.object({
  instant: /* @__PURE__ */ z.date(),
  timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema),
});

/**
 * Reads an instant's wall clock in a time zone: the civil date and time of day a clock in that zone
 * showed at that instant. The result never depends on the time zone of the machine running the code.
 *
 * @remarks
 * `"UTC"` and fixed offsets are pure arithmetic; for IANA zones the offset at the instant comes from
 * `@date-fns/tz` (`tzOffset`), so they follow the runtime's `Intl` time zone database, including
 * historical offsets with seconds. The name is checked by creating one `Intl.DateTimeFormat` per call.
 *
 * @param instant - A valid `Date`.
 * @param timeZone - `"UTC"` (default), a fixed offset `±hh:mm`, or an IANA zone name.
 * @returns A fresh {@link CivilDateTime}.
 * @throws {@link ClienteleInputError} `invalid_input` at `instant` for an invalid `Date` or a
 *   non-`Date`, at `timeZone` for an unknown zone.
 * @example
 * ```ts
 * import { toCivilDateTime } from "clientele/time";
 * const t = new Date("2024-03-10T07:30:00Z");
 * toCivilDateTime(t, "America/New_York");
 * // => { year: 2024, month: 3, day: 10, hour: 3, minute: 30, second: 0, millisecond: 0 }
 * toCivilDateTime(t, "+05:30").hour; // => 13
 * toCivilDateTime(t).hour; // => 7
 * ```
 * @see {@link civilDate}
 * @category Time
 */
export function toCivilDateTime(instant: Date, timeZone?: TimeZone | undefined): CivilDateTime {
  const args = parseInput("toCivilDateTime", ArgsSchema, { instant, timeZone });
  const wall = createWallClock("toCivilDateTime", args.timeZone, ["timeZone"])(args.instant.getTime());
  const reading = cycleDateFromWall(wall);
  const { year, month, day } = civilOfCycleDate(reading);
  const { date } = reading;
  return {
    year,
    month,
    day,
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    millisecond: date.getMilliseconds(),
  };
}
