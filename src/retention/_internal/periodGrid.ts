import { parseIsoTimestamp } from "../../schema/parseIsoTimestamp.ts";
import { addPeriods } from "../../time/addPeriods.ts";
import type { CivilDate } from "../../time/CivilDateSchema.ts";
import { civilDate } from "../../time/civilDate.ts";
import { periodIndex } from "../../time/periodIndex.ts";
import { startOfPeriod } from "../../time/startOfPeriod.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import type { WeekStartsOn } from "../../time/WeekStartsOnSchema.ts";

/**
 * The calendar periods of a cohort table, numbered from the period that holds `asOf` (0; earlier ones
 * negative), all through clientele/time (date-fns underneath).
 *
 * @internal
 */
export interface PeriodGrid {
  /** The last observed day (inclusive). */
  readonly asOfDay: CivilDate;
  /** Whether `asOfDay` is the last day of its period (so that period is complete). */
  readonly asOfPeriodComplete: boolean;
  /** The period of an instant, relative to the period of `asOf`. */
  index(instant: Date): number;
  /** The calendar day of an instant. */
  day(instant: Date): CivilDate;
  /** Whether an instant falls on the first day of its period. */
  onFirstDay(instant: Date): boolean;
  /** The first day of the period with relative index `p`. */
  startDay(p: number): CivilDate;
}

const CIVIL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the grid. `asOf` is a checked `Date` or ISO string: a bare date (`YYYY-MM-DD`) is that day
 * whatever the zone; a date-time is read in `timeZone`.
 *
 * @internal
 */
export function periodGrid(
  asOf: Date | string,
  period: TimeUnit,
  timeZone: string | undefined,
  weekStartsOn: WeekStartsOn | undefined,
): PeriodGrid {
  const options = {
    period,
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
  };
  const asOfDay =
    typeof asOf === "string" && CIVIL_DAY.test(asOf)
      ? asOf
      : civilDate(typeof asOf === "string" ? (parseIsoTimestamp(asOf) as Date) : asOf, timeZone);
  // Each instant is read as a civil day in the zone; periods are then counted between days (noon UTC
  // stands for a day, read in UTC), so the zone enters once.
  const origin = new Date(`${asOfDay}T12:00:00Z`);
  const firstDay = startOfPeriod(origin, { ...options, timeZone: "UTC" });
  const asOfPeriodComplete = addPeriods(asOfDay, 1, "day") === addPeriods(firstDay, 1, period);
  return {
    asOfDay,
    asOfPeriodComplete,
    index(instant) {
      // Both on the wall clock of the zone: the instant's day against the asOf day.
      const day = civilDate(instant, timeZone);
      return periodIndex(new Date(`${day}T12:00:00Z`), origin, { ...options, timeZone: "UTC" });
    },
    day: (instant) => civilDate(instant, timeZone),
    onFirstDay(instant) {
      const day = civilDate(instant, timeZone);
      return startOfPeriod(new Date(`${day}T12:00:00Z`), { ...options, timeZone: "UTC" }) === day;
    },
    startDay: (p) => addPeriods(firstDay, p, period),
  };
}
