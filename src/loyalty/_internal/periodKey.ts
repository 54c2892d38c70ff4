import { civilFromDays, DAY_MS } from "../../_lib/civilCalendar.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";

/**
 * The UTC calendar period holding an instant, as an integer: the day, the ISO week (Monday to Sunday),
 * the month, quarter or year. Two instants share a period exactly when their keys are equal.
 *
 * @internal
 */
export function periodKey(ms: number, period: TimeUnit): number {
  const days = Math.floor(ms / DAY_MS);
  if (period === "day") return days;
  // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Mondays.
  if (period === "week") return Math.floor((days + 3) / 7);
  const { year, month } = civilFromDays(days);
  if (period === "month") return year * 12 + month - 1;
  if (period === "quarter") return year * 4 + Math.floor((month - 1) / 3);
  return year;
}
