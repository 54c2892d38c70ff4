import * as z from "zod/mini";
import { formatCivilDate } from "../_lib/civilCalendar.ts";
import { createWallClock } from "../_lib/wallClock.ts";
import { parseInput } from "../schema/parseInput.ts";
import { civilOfCycleDate, cycleDateFromWall } from "./_internal/CycleDate.ts";
import type { CivilDate } from "./CivilDateSchema.ts";
import { type TimeZone, TimeZoneShapeSchema } from "./TimeZoneSchema.ts";

const ArgsSchema = /* @__PURE__ */ z.object({
  instant: /* @__PURE__ */ z.date(),
  timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema),
});

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a time zone: the day a calendar on the wall in
 * that zone showed. Two purchases on the same civil date are "the same day" for RFM and CLV.
 *
 * @param instant - A valid `Date`.
 * @param timeZone - `"UTC"` (default), a fixed offset `±hh:mm`, or an IANA zone name.
 * @returns The ISO-8601 calendar date (expanded `±YYYYYY-MM-DD` outside years 0000–9999).
 * @throws {@link ClienteleInputError} `invalid_input` at `instant` for an invalid `Date` or a
 *   non-`Date`, at `timeZone` for an unknown zone.
 * @example
 * ```ts
 * import { civilDate } from "clientele/time";
 * const t = new Date("1997-01-01T03:00:00Z");
 * civilDate(t); // => "1997-01-01"
 * civilDate(t, "America/Los_Angeles"); // => "1996-12-31"
 * civilDate(t, "-08:00"); // => "1996-12-31"
 * ```
 * @see {@link toCivilDateTime}
 * @category Time
 */
export function civilDate(instant: Date, timeZone?: TimeZone | undefined): CivilDate {
  const args = parseInput("civilDate", ArgsSchema, { instant, timeZone });
  const wall = createWallClock("civilDate", args.timeZone, ["timeZone"])(args.instant.getTime());
  return formatCivilDate(civilOfCycleDate(cycleDateFromWall(wall)));
}
