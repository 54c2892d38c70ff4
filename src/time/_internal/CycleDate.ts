/*
 * The Gregorian calendar repeats exactly every 400 years: 146 097 days, which is 20 871 whole weeks,
 * 4 800 months, 1 600 quarters. So a civil date-time can be split into whole 400-year cycles plus a
 * reading in one fixed window of years (2000–2399 here), and every calendar operation date-fns does
 * on the reading (adding periods, start of a period, calendar differences) gives the exact answer for
 * the original date once the cycles are added back. This lets date-fns, which works on `Date`s (years
 * ±275 760), serve clientele's whole range: every instant `Date` can hold, read in any zone, and civil
 * dates of years ±999 999. Inside the window no `Date` quirk applies (years 0–99, range limits).
 */
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addQuarters } from "date-fns/addQuarters";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { differenceInCalendarQuarters } from "date-fns/differenceInCalendarQuarters";
import { differenceInCalendarWeeks } from "date-fns/differenceInCalendarWeeks";
import { differenceInCalendarYears } from "date-fns/differenceInCalendarYears";
import { startOfDay } from "date-fns/startOfDay";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfWeek } from "date-fns/startOfWeek";
import { startOfYear } from "date-fns/startOfYear";
import { type CivilDateParts, DAY_MS } from "../../_lib/civilCalendar.ts";
import type { TimeUnit } from "../TimeUnitSchema.ts";
import type { WeekStartsOn } from "../WeekStartsOnSchema.ts";
import { inUtc, UtcDate } from "./UtcDate.ts";

/** Years in one Gregorian cycle. */
const CYCLE_YEARS = 400;

/** Milliseconds in one Gregorian cycle (146 097 days). */
const CYCLE_MS = 146_097 * DAY_MS;

/** 2000-01-01T00:00:00Z, the start of the window. */
const WINDOW_START_MS = 946_684_800_000;

/** Periods of each unit in one cycle. */
const PER_CYCLE: Readonly<Record<TimeUnit, number>> = {
  day: 146_097,
  week: 20_871,
  month: 4800,
  quarter: 1600,
  year: 400,
};

/**
 * A civil date-time (a wall-clock reading, or a civil date at 00:00) as whole 400-year cycles plus a
 * {@link UtcDate} in years 2000–2399 on which date-fns computes.
 *
 * @internal
 */
export interface CycleDate {
  /** Whole 400-year cycles to add to the year of `date`. */
  readonly cycles: number;
  /** The reading moved into years 2000–2399; its UTC fields are the wall-clock fields. */
  readonly date: UtcDate;
}

/** Moves a reading (UTC-encoded epoch ms, `cycles` cycles away) into the window. */
function inWindow(cycles: number, ms: number): CycleDate {
  let k = Math.floor((ms - WINDOW_START_MS) / CYCLE_MS);
  let shifted = ms - k * CYCLE_MS;
  // Guard the floor of a rounded quotient (never observed, cheap to rule out).
  if (shifted < WINDOW_START_MS) {
    k -= 1;
    shifted += CYCLE_MS;
  } else if (shifted >= WINDOW_START_MS + CYCLE_MS) {
    k += 1;
    shifted -= CYCLE_MS;
  }
  return { cycles: cycles + k, date: new UtcDate(shifted) };
}

/**
 * The {@link CycleDate} of a wall-clock reading.
 *
 * @param wallMs - Wall milliseconds, as a `WallClock` returns them.
 * @returns A fresh cycle date.
 * @internal
 */
export function cycleDateFromWall(wallMs: number): CycleDate {
  return inWindow(0, wallMs);
}

/**
 * The {@link CycleDate} of a civil date at 00:00.
 *
 * @param date - A valid civil date (any year).
 * @returns A fresh cycle date.
 * @internal
 */
export function cycleDateFromCivil(date: CivilDateParts): CycleDate {
  const cycles = Math.floor((date.year - 2000) / CYCLE_YEARS);
  return { cycles, date: new UtcDate(Date.UTC(date.year - cycles * CYCLE_YEARS, date.month - 1, date.day)) };
}

/**
 * The civil date of a {@link CycleDate}.
 *
 * @param value - A cycle date.
 * @returns A fresh civil date.
 * @internal
 */
export function civilOfCycleDate(value: CycleDate): CivilDateParts {
  const { cycles, date } = value;
  return { year: date.getFullYear() + cycles * CYCLE_YEARS, month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Milliseconds since the start of the reading's day (its hours, minutes, seconds, milliseconds).
 *
 * @param value - A cycle date.
 * @returns 0 to 86 399 999.
 * @internal
 */
export function timeOfDayMs(value: CycleDate): number {
  const { date } = value;
  return ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
}

/**
 * Orders two cycle dates.
 *
 * @param a - A cycle date.
 * @param b - Another cycle date.
 * @returns Negative if `a` reads earlier than `b`, 0 if equal, positive if later.
 * @internal
 */
export function compareCycleDates(a: CycleDate, b: CycleDate): number {
  return a.cycles !== b.cycles ? a.cycles - b.cycles : a.date.getTime() - b.date.getTime();
}

/**
 * Adds `n` calendar periods with date-fns (`addDays`, `addWeeks`, `addMonths` with its end-of-month
 * clamping, `addQuarters`, `addYears`); whole cycles of `n` are added as cycles.
 *
 * @param value - A cycle date.
 * @param n - Whole periods to add (may be negative).
 * @param period - The period.
 * @returns A fresh cycle date, same time of day.
 * @internal
 */
export function addCyclePeriods(value: CycleDate, n: number, period: TimeUnit): CycleDate {
  const q = Math.floor(n / PER_CYCLE[period]);
  const r = n - q * PER_CYCLE[period];
  const options = { in: inUtc };
  let date: UtcDate;
  switch (period) {
    case "day":
      date = addDays(value.date, r, options);
      break;
    case "week":
      date = addWeeks(value.date, r, options);
      break;
    case "month":
      date = addMonths(value.date, r, options);
      break;
    case "quarter":
      date = addQuarters(value.date, r, options);
      break;
    case "year":
      date = addYears(value.date, r, options);
      break;
  }
  return inWindow(value.cycles + q, date.getTime());
}

/**
 * The first day (at 00:00) of the calendar period containing a cycle date, with date-fns
 * (`startOfDay`, `startOfWeek`, `startOfMonth`, `startOfQuarter`, `startOfYear`).
 *
 * @param value - A cycle date.
 * @param period - The period.
 * @param weekStartsOn - First day of the week, 0 = Sunday … 6 = Saturday (weeks only).
 * @returns A fresh cycle date.
 * @internal
 */
export function startOfCyclePeriod(value: CycleDate, period: TimeUnit, weekStartsOn: WeekStartsOn): CycleDate {
  const options = { in: inUtc, weekStartsOn };
  let date: UtcDate;
  switch (period) {
    case "day":
      date = startOfDay(value.date, options);
      break;
    case "week":
      date = startOfWeek(value.date, options);
      break;
    case "month":
      date = startOfMonth(value.date, options);
      break;
    case "quarter":
      date = startOfQuarter(value.date, options);
      break;
    case "year":
      date = startOfYear(value.date, options);
      break;
  }
  return inWindow(value.cycles, date.getTime());
}

/**
 * Whole calendar periods from the period containing `earlier` to the one containing `later`, with
 * date-fns (`differenceInCalendarDays`, `…Weeks`, `…Months`, `…Quarters`, `…Years`); times of day are
 * ignored.
 *
 * @param later - A cycle date.
 * @param earlier - A cycle date (may in fact be later: the result is then negative).
 * @param period - The period.
 * @param weekStartsOn - First day of the week, 0 = Sunday … 6 = Saturday (weeks only).
 * @returns An integer.
 * @internal
 */
export function differenceInCalendarCyclePeriods(
  later: CycleDate,
  earlier: CycleDate,
  period: TimeUnit,
  weekStartsOn: WeekStartsOn = 1,
): number {
  const options = { in: inUtc, weekStartsOn };
  let difference: number;
  switch (period) {
    case "day":
      difference = differenceInCalendarDays(later.date, earlier.date, options);
      break;
    case "week":
      difference = differenceInCalendarWeeks(later.date, earlier.date, options);
      break;
    case "month":
      difference = differenceInCalendarMonths(later.date, earlier.date, options);
      break;
    case "quarter":
      difference = differenceInCalendarQuarters(later.date, earlier.date, options);
      break;
    case "year":
      difference = differenceInCalendarYears(later.date, earlier.date, options);
      break;
  }
  return difference + (later.cycles - earlier.cycles) * PER_CYCLE[period] + 0;
}
