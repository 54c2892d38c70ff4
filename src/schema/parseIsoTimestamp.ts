import { DAY_MS, daysFromCivil, daysInMonth } from "../_lib/civilCalendar.ts";

/**
 * Strict ISO-8601 / RFC 3339 parser: a calendar date `YYYY-MM-DD` (read as midnight UTC, as
 * JavaScript does), or a date-time `YYYY-MM-DDThh:mm[:ss[.fff]]` **with** an offset (`Z` or `±hh:mm`).
 * Years beyond 0000–9999 take ISO's expanded form `±YYYYYY` (`+010000-06-01`), which is how the library
 * writes them, up to the limits of `Date` (about years ±275,760).
 * A date-time without an offset is rejected, because JavaScript would read it in the machine's local
 * time zone and results would depend on where the code runs. Impossible dates (`2023-02-30`) are
 * rejected rather than rolled over. Fractions of a second beyond milliseconds are truncated.
 *
 * @param text - The string to parse.
 * @returns The instant, or `undefined` if `text` is not such a string.
 * @example
 * ```ts
 * import { parseIsoTimestamp } from "clientele/schema";
 * parseIsoTimestamp("1997-01-01")?.toISOString(); // => "1997-01-01T00:00:00.000Z"
 * parseIsoTimestamp("2024-03-10T02:30:00-05:00")?.toISOString(); // => "2024-03-10T07:30:00.000Z"
 * parseIsoTimestamp("+010000-06-01")?.getUTCFullYear(); // => 10000
 * parseIsoTimestamp("2023-02-30"); // => undefined
 * parseIsoTimestamp("2024-03-10T02:30:00"); // => undefined (no offset)
 * ```
 * @category Schema
 */
export function parseIsoTimestamp(text: string): Date | undefined {
  if (typeof text !== "string") return undefined;
  const m = ISO.exec(text);
  if (m === null) return undefined;
  if (m[1] === "-000000") return undefined; // ISO 8601 and ECMAScript forbid a negative year zero
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return inRange(utc(year, month, day, 0, 0, 0, 0));
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  // Digits beyond milliseconds are truncated (never rounded up into the next second).
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, "0"));
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== "Z" && m[8] !== "z") {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const local = utc(year, month, day, hour, minute, second, ms);
  return inRange(new Date(local.getTime() - offsetMinutes * 60_000));
}

/** The instant, or `undefined` beyond what a `Date` holds (±8.64e15 ms, about years ±275,760). */
function inRange(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const ISO =
  /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|([+-])(\d{2}):?(\d{2})))?$/;

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): Date {
  // Civil-day arithmetic, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, and 1900 is not a leap year.
  return new Date(daysFromCivil({ year: y, month: mo, day: d }) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms);
}
