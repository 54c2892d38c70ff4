import { civilFromDays } from "../../_lib/civilCalendar.ts";
import type { TimeUnit } from "../../_lib/timeUnits.ts";

/**
 * Ordinal of the calendar period containing a civil day: consecutive integers for consecutive
 * periods, so the difference of two ordinals counts whole periods between them. Days count from
 * 1970-01-01, weeks from a week starting on `weekStartsOn`, months/quarters/years from year 0. For the
 * rfm summaries, which place every row of a log in its period; clientele/time's `periodIndex` computes
 * the same differences with date-fns, and test/rfm/_internal/periodOrdinal.test.ts checks the two agree.
 *
 * @param days - Civil day number (days since 1970-01-01).
 * @param period - Calendar period.
 * @param weekStartsOn - First day of the week, 0 = Sunday … 6 = Saturday (weeks only).
 * @returns The period ordinal (an integer).
 * @internal
 */
export function periodOrdinal(days: number, period: TimeUnit, weekStartsOn: number): number {
  switch (period) {
    case "day":
      return days;
    case "week":
      // 1970-01-01 was a Thursday (4): day `weekStartsOn - 4` is a week start.
      return Math.floor((days - (weekStartsOn - 4)) / 7);
    default: {
      const { year, month } = civilFromDays(days);
      if (period === "month") return year * 12 + month - 1;
      if (period === "quarter") return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}
