/*
 * Civil (proleptic Gregorian) calendar arithmetic on plain integers, independent of any time zone,
 * including the machine's own. A civil date is `{ year, month, day }` (month 1–12) or its day number:
 * days since 1970-01-01. Day-number conversions follow Howard Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms" (`days_from_civil`, `civil_from_days`), exact for every integer day.
 *
 * clientele/time computes with date-fns; these integers serve the hot paths that cannot afford a
 * `Date` per row: ISO timestamp parsing and the rfm summaries of million-row logs. The arithmetic is
 * property-tested against date-fns (test/_lib/civilCalendar.test.ts); the date strings are the
 * library's own format (expanded years included) and parser.
 */

/**
 * Milliseconds in one civil day (24 h of wall-clock time).
 *
 * @internal
 */
export const DAY_MS = 86_400_000;

/**
 * A civil calendar date; month 1–12, day 1–31.
 *
 * @internal
 */
export interface CivilDateParts {
  /** Proleptic Gregorian year (astronomical numbering: 0 = 1 BC). */
  readonly year: number;
  /** Month, 1 (January) to 12. */
  readonly month: number;
  /** Day of the month, 1 to 31. */
  readonly day: number;
}

/**
 * Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
 *
 * @param year - Proleptic Gregorian year.
 * @returns Whether February has 29 days.
 * @internal
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month.
 *
 * @param year - Proleptic Gregorian year.
 * @param month - Month 1–12.
 * @returns 28–31.
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number (days since 1970-01-01) of a civil date. Hinnant's `days_from_civil`.
 *
 * @param date - A valid civil date.
 * @returns The day number (negative before 1970).
 * @internal
 */
export function daysFromCivil(date: CivilDateParts): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Civil date of a day number. Hinnant's `civil_from_days`.
 *
 * @param days - Days since 1970-01-01 (an integer).
 * @returns A fresh civil date.
 * @internal
 */
export function civilFromDays(days: number): CivilDateParts {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Adds whole months to a civil date, clamping the day to the end of the target month, exactly as
 * date-fns `addMonths` does (Jan 31 + 1 month = Feb 29 in a leap year, Feb 28 otherwise).
 *
 * @param date - A valid civil date.
 * @param months - Whole months to add (may be negative).
 * @returns A fresh civil date.
 * @internal
 */
export function addMonthsToCivil(date: CivilDateParts, months: number): CivilDateParts {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * Formats a civil date as ISO-8601 `YYYY-MM-DD`; years outside 0000–9999 use the expanded form
 * `±YYYYYY-MM-DD` (as `Date.prototype.toISOString` does).
 *
 * @param date - A valid civil date.
 * @returns The date string.
 * @internal
 */
export function formatCivilDate(date: CivilDateParts): string {
  const { year } = date;
  const y =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, "0")
      : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  return `${y}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/**
 * Largest absolute year a civil-date string can carry (six digits in the expanded form).
 *
 * @internal
 */
export const MAX_CIVIL_YEAR = 999_999;

const CIVIL_DATE = /^(?:(\d{4})|([+-])(\d{6}))-(\d{2})-(\d{2})$/;

/**
 * Parses a strict ISO-8601 calendar date, `YYYY-MM-DD` or expanded `±YYYYYY-MM-DD`; impossible dates
 * (`2023-02-29`) and `-000000` are rejected.
 *
 * @param text - The string.
 * @returns The civil date, or `undefined` if `text` is not one.
 * @internal
 */
export function parseCivilDate(text: string): CivilDateParts | undefined {
  const m = CIVIL_DATE.exec(text);
  if (m === null) return undefined;
  let year: number;
  if (m[1] !== undefined) year = Number(m[1]);
  else {
    if (m[2] === "-" && m[3] === "000000") return undefined;
    year = (m[2] === "-" ? -1 : 1) * Number(m[3]);
  }
  const month = Number(m[4]);
  const day = Number(m[5]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
