import { civilFromDays, daysFromCivil } from "./civilCalendar.ts";
import type { TimeUnit } from "./timeUnits.ts";

/**
 * Ordinal of the calendar period containing a civil day: consecutive integers for consecutive
 * periods, so the difference of two ordinals counts whole periods between them. Days count from
 * 1970-01-01, weeks from a week starting on `weekStartsOn`, months/quarters/years from year 0.
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

/**
 * Civil day number on which the period with the given {@link periodOrdinal} begins.
 *
 * @param ordinal - A period ordinal.
 * @param period - Calendar period.
 * @param weekStartsOn - First day of the week, 0 = Sunday … 6 = Saturday (weeks only).
 * @returns The day number of the period's first day.
 * @internal
 */
export function periodStartDays(ordinal: number, period: TimeUnit, weekStartsOn: number): number {
  switch (period) {
    case "day":
      return ordinal;
    case "week":
      return weekStartsOn - 4 + ordinal * 7;
    case "month": {
      const year = Math.floor(ordinal / 12);
      return daysFromCivil({ year, month: ordinal - year * 12 + 1, day: 1 });
    }
    case "quarter": {
      const year = Math.floor(ordinal / 4);
      return daysFromCivil({ year, month: (ordinal - year * 4) * 3 + 1, day: 1 });
    }
    case "year":
      return daysFromCivil({ year: ordinal, month: 1, day: 1 });
  }
}
