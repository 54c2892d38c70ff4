import { daysFromCivil, parseCivilDate } from "../../_lib/civilCalendar.ts";
import { parseIsoTimestamp } from "../../schema/parseIsoTimestamp.ts";
import type { CalendarBound } from "../../time/CalendarBoundSchema.ts";
import type { CivilDayReader } from "./civilDayReader.ts";

/**
 * The one reader of window bounds (observation and calibration ends, tracking starts): the civil day
 * number of a {@link CalendarBound} already validated by `CalendarBoundSchema`. A date-only string is
 * that calendar date itself, in every zone; a `Date` or a date-time with an offset is an instant,
 * placed on its civil day by `dayOf` (the reader of the call's `timeZone`).
 *
 * @param bound - A validated bound.
 * @param dayOf - Instant → civil day in the call's zone.
 * @returns Days since 1970-01-01 of the bound's calendar date.
 * @internal
 */
export function civilDayOfBound(bound: CalendarBound, dayOf: CivilDayReader): number {
  if (typeof bound !== "string") return dayOf(bound.getTime());
  const civil = parseCivilDate(bound);
  if (civil !== undefined) return daysFromCivil(civil);
  // Validated by CalendarBoundSchema: a date-time with an offset.
  return dayOf(parseIsoTimestamp(bound)!.getTime());
}
