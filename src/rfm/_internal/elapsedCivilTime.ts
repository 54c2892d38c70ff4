import { addMonthsToCivil, civilFromDays, daysFromCivil } from "../../_lib/civilCalendar.ts";
import type { TimeUnit } from "../../_lib/timeUnits.ts";

/**
 * Time from one civil day to another in `unit`, in integer civil-day arithmetic: exactly what
 * clientele/time's `elapsed` (which computes with date-fns) returns for the two days at midnight UTC,
 * `elapsed(new Date(fromDay * DAY_MS), new Date(toDay * DAY_MS), { unit })`, at a fraction of the cost.
 * For the summaries of `clientele/rfm`, which measure recency and `T` in months, quarters or years for
 * every customer of a million-row log; test/rfm/_internal/elapsedCivilTime.test.ts checks it against `elapsed`.
 *
 * Days are `toDay − fromDay`, weeks days / 7. Months are `m + f` counted from the earlier day: `m` whole
 * months (adding months clamps the day to the month's end, as date-fns `addMonths` does), then the
 * remaining days over the length of the next month step; quarters are months / 3, years months / 12.
 * Negative when `toDay` is earlier; never `-0`.
 *
 * @param fromDay - Civil day number (days since 1970-01-01) of the start.
 * @param toDay - Civil day number of the end.
 * @param unit - Unit of the result.
 * @returns The elapsed time in `unit`.
 * @internal
 */
export function elapsedCivilTime(fromDay: number, toDay: number, unit: TimeUnit): number {
  if (unit === "day") return toDay - fromDay + 0;
  if (unit === "week") return (toDay - fromDay) / 7 + 0;
  const months = fromDay <= toDay ? monthsForward(fromDay, toDay) : -monthsForward(toDay, fromDay);
  return (unit === "month" ? months : unit === "quarter" ? months / 3 : months / 12) + 0;
}

/** Months from civil day `a` to a later-or-equal civil day `b`. */
function monthsForward(a: number, b: number): number {
  const start = civilFromDays(a);
  const end = civilFromDays(b);
  // Calendar-month difference; one too many when the step lands after `b` in `b`'s month.
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  let step = daysFromCivil(addMonthsToCivil(start, months));
  if (step > b) {
    months -= 1;
    step = daysFromCivil(addMonthsToCivil(start, months));
  }
  const next = daysFromCivil(addMonthsToCivil(start, months + 1));
  return months + (b - step) / (next - step);
}
