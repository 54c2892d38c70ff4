import { DAY_MS, daysFromCivil, daysInMonth } from "./civilCalendar.ts";

/**
 * Fast path of `parseIsoTimestamp` for hot loops: reads a strict ISO-8601 date (`YYYY-MM-DD`, midnight
 * UTC) or date-time with offset (`YYYY-MM-DDThh:mm[:ss[.f…]](Z|±hh[:]mm)`) with `charCodeAt` and plain
 * arithmetic, without a regular expression or a `Date`. Accepts exactly the strings `parseIsoTimestamp`
 * accepts and returns the same instant (digits beyond milliseconds are truncated, as there).
 *
 * @param text - The candidate string.
 * @returns Epoch milliseconds, or `NaN` when the string is not accepted here (the caller must then
 *   ask `TimestampSchema`, which decides).
 * @internal
 */
export function isoTimestampMs(text: string): number {
  const n = text.length;
  if (n < 10) return Number.NaN;
  const year = digits4(text, 0);
  if (year < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  const days = daysFromCivil({ year, month, day });
  if (n === 10) return days * DAY_MS;
  const sep = text.charCodeAt(10);
  // "T", "t" or " "
  if ((sep !== 84 && sep !== 116 && sep !== 32) || n < 17 || text.charCodeAt(13) !== 58) return Number.NaN;
  const hour = digits2(text, 11);
  const minute = digits2(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let pos = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(pos) === 58) {
    second = digits2(text, pos + 1);
    if (second < 0 || second > 59) return Number.NaN;
    pos += 3;
    const mark = text.charCodeAt(pos);
    if (mark === 46 || mark === 44) {
      let end = pos + 1;
      while (end < n && end - pos <= 9 && isDigit(text.charCodeAt(end))) end++;
      const count = end - pos - 1;
      if (count < 1 || count > 9) return Number.NaN;
      // Truncate to milliseconds, as parseIsoTimestamp does: digit by digit, no string building.
      ms = 0;
      for (let k = 0; k < 3; k++) ms = ms * 10 + (k < count ? text.charCodeAt(pos + 1 + k) - 48 : 0);
      pos = end;
    }
  }
  const sign = text.charCodeAt(pos);
  let offsetMinutes = 0;
  if (sign === 90 || sign === 122) {
    // "Z" or "z"
    if (pos + 1 !== n) return Number.NaN;
  } else if (sign === 43 || sign === 45) {
    const oh = digits2(text, pos + 1);
    let at = pos + 3;
    if (text.charCodeAt(at) === 58) at++;
    const om = digits2(text, at);
    if (at + 2 !== n || oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return Number.NaN;
  }
  return days * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms - offsetMinutes * 60_000;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Two ASCII digits at `at` as a number, or -1. */
function digits2(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  // NaN (past the end) fails both comparisons, like any non-digit.
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9)) return -1;
  return a * 10 + b;
}

/** Four ASCII digits at `at` as a number, or -1. */
function digits4(text: string, at: number): number {
  const hi = digits2(text, at);
  const lo = digits2(text, at + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}
