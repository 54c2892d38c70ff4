import { addMonthsToCivil, civilFromDays, DAY_MS, daysFromCivil } from "../../_lib/civilCalendar.ts";
import type { LoyaltyDuration } from "../LoyaltyProgramSchema.ts";

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/**
 * The instant `sign` × `duration` away from `ms` (epoch milliseconds), on the UTC calendar: days and
 * weeks as 24-hour days, months, quarters and years as calendar months with the day clamped to the end
 * of the target month, the time of day kept (as date-fns `addMonths` in UTC; property-tested against it
 * in test/loyalty/_internal/shiftTime.test.ts). Integer civil-day code: this runs once per ledger event.
 *
 * @param ms - Epoch milliseconds (finite).
 * @param duration - The length of time.
 * @param sign - 1 to go forward, −1 to go back.
 * @returns Epoch milliseconds.
 * @internal
 */
export function shiftTime(ms: number, duration: LoyaltyDuration, sign: 1 | -1): number {
  const { length, unit } = duration;
  if (unit === "day") return ms + sign * length * DAY_MS;
  if (unit === "week") return ms + sign * length * 7 * DAY_MS;
  const days = Math.floor(ms / DAY_MS);
  const timeOfDay = ms - days * DAY_MS;
  const shifted = addMonthsToCivil(civilFromDays(days), sign * length * MONTHS[unit]);
  return daysFromCivil(shifted) * DAY_MS + timeOfDay;
}
