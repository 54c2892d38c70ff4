import { TZDate } from "@date-fns/tz/date";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { isLeapYear as isLeapYearDateFns } from "date-fns/isLeapYear";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonthsToCivil,
  type CivilDateParts,
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  formatCivilDate,
  isLeapYear,
  MAX_CIVIL_YEAR,
  parseCivilDate,
} from "../../src/_lib/civilCalendar.ts";
import { createWallClock } from "../../src/_lib/wallClock.ts";
import { inUtc, UtcDate } from "../../src/time/_internal/UtcDate.ts";
import { modernInstantMs, nearOffsetChange, oracleZone } from "../_helpers/timeArbitraries.ts";

/** Day numbers covering the whole range of `Date` (±100 000 000 days from 1970-01-01). */
const dateRangeDays = fc.integer({ min: -100_000_000, max: 100_000_000 });
/** Years whose every day a `Date` can hold. */
const dateRangeYear = fc.integer({ min: -271_820, max: 275_759 });
const EPOCH = new UtcDate(0);
/** A civil date as date-fns sees it: a `UtcDate` at 00:00 (date-fns computes in UTC, whatever the machine's zone). */
const utcDateOf = (c: CivilDateParts): UtcDate => {
  const d = new UtcDate(0);
  d.setFullYear(c.year, c.month - 1, c.day);
  return d;
};
const partsOf = (d: Date): CivilDateParts => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

describe("DAY_MS", () => {
  it("is 24 hours of milliseconds", () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});

describe("isLeapYear", () => {
  it("agrees with date-fns isLeapYear over every year a Date can hold", () => {
    fc.assert(
      fc.property(
        dateRangeYear,
        (year) => isLeapYear(year) === isLeapYearDateFns(utcDateOf({ year, month: 6, day: 1 })),
      ),
    );
  });
  it("follows the Gregorian rule: 1900 is not leap, 2000 and 2024 are, 2023 is not", () => {
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(0)).toBe(true);
    expect(isLeapYear(-4)).toBe(true);
    expect(isLeapYear(-100)).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("agrees with date-fns getDaysInMonth over every year a Date can hold", () => {
    fc.assert(
      fc.property(dateRangeYear, fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(getDaysInMonth(utcDateOf({ year, month, day: 1 }), { in: inUtc }));
      }),
    );
  });
  it("gives February 29 days in leap years and 28 otherwise", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
  it("gives 30 days to April, June, September, November and 31 to the other months", () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe("daysFromCivil and civilFromDays", () => {
  it("puts 1970-01-01 at day 0 and 2000-03-01 at day 11017", () => {
    expect(daysFromCivil({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(daysFromCivil({ year: 2000, month: 3, day: 1 })).toBe(11_017);
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });
  it("agrees with the UTC fields of Date over the whole Date range", () => {
    fc.assert(
      fc.property(dateRangeDays, (days) => {
        const d = new Date(days * DAY_MS);
        const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(civilFromDays(days)).toEqual(civil);
        expect(daysFromCivil(civil)).toBe(days);
      }),
    );
  });
  it("round-trips every day number", () => {
    fc.assert(fc.property(dateRangeDays, (days) => daysFromCivil(civilFromDays(days)) === days));
  });
  it("agree with date-fns addDays and differenceInCalendarDays from 1970-01-01 over the whole Date range", () => {
    fc.assert(
      fc.property(dateRangeDays, (days) => {
        const c = civilFromDays(days);
        expect(c).toEqual(partsOf(addDays(EPOCH, days, { in: inUtc })));
        expect(daysFromCivil(c)).toBe(differenceInCalendarDays(utcDateOf(c), EPOCH, { in: inUtc }));
      }),
    );
  });
  it("give the civil date date-fns and @date-fns/tz read in a zone (wall clock → day number → date)", () => {
    // The hot paths read a row's day as civilFromDays(⌊wall / day⌋); date-fns formats TZDate's fields.
    // Excluded: offsets between −1 h and 0, which @date-fns/tz 1.5 misreads (see wallClock.test.ts).
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ zone: oracleZone, epochMs: modernInstantMs }), nearOffsetChange),
        ({ zone, epochMs }) => {
          const wall = createWallClock("f", zone, ["timeZone"])(epochMs);
          fc.pre(!(wall - epochMs > -3_600_000 && wall - epochMs < 0));
          const expected = format(new TZDate(epochMs, zone), "yyyy-MM-dd");
          expect(formatCivilDate(civilFromDays(Math.floor(wall / DAY_MS))), `${zone} ${epochMs}`).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("addMonthsToCivil", () => {
  it("clamps the day to the end of the target month (Jan 31 + 1 month = Feb 29 2024, Feb 28 2023)", () => {
    expect(addMonthsToCivil({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonthsToCivil({ year: 2023, month: 1, day: 31 }, 1)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(addMonthsToCivil({ year: 2024, month: 3, day: 31 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonthsToCivil({ year: 2024, month: 2, day: 29 }, 12)).toEqual({ year: 2025, month: 2, day: 28 });
  });
  it("crosses year boundaries in both directions, including before year 0", () => {
    expect(addMonthsToCivil({ year: 1997, month: 11, day: 15 }, 3)).toEqual({ year: 1998, month: 2, day: 15 });
    expect(addMonthsToCivil({ year: 0, month: 1, day: 15 }, -1)).toEqual({ year: -1, month: 12, day: 15 });
  });
  it("matches date-fns addMonths over the whole Date range (oracle in a UTC context)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_000_000, max: 99_000_000 }),
        fc.integer({ min: -24_000, max: 24_000 }),
        (days, n) => {
          const c = civilFromDays(days);
          expect(addMonthsToCivil(c, n)).toEqual(partsOf(addMonths(utcDateOf(c), n, { in: inUtc })));
        },
      ),
    );
  });
  it("matches date-fns addMonths from month ends (days 28–31), where clamping decides", () => {
    const monthEnd = fc
      .record({ year: fc.integer({ min: -5000, max: 5000 }), month: fc.integer({ min: 1, max: 12 }), back: fc.nat(3) })
      .map(({ year, month, back }) => ({ year, month, day: daysInMonth(year, month) - back }));
    fc.assert(
      fc.property(monthEnd, fc.integer({ min: -2400, max: 2400 }), (c, n) => {
        expect(addMonthsToCivil(c, n)).toEqual(partsOf(addMonths(utcDateOf(c), n, { in: inUtc })));
      }),
    );
  });
});

describe("formatCivilDate and parseCivilDate", () => {
  it("format years 0000–9999 with four digits and others in the expanded ±YYYYYY form", () => {
    expect(formatCivilDate({ year: 1997, month: 1, day: 1 })).toBe("1997-01-01");
    expect(formatCivilDate({ year: 5, month: 3, day: 9 })).toBe("0005-03-09");
    expect(formatCivilDate({ year: -1, month: 12, day: 31 })).toBe("-000001-12-31");
    expect(formatCivilDate({ year: 275_760, month: 9, day: 13 })).toBe("+275760-09-13");
  });
  it("format like Date#toISOString over the whole Date range", () => {
    fc.assert(
      fc.property(dateRangeDays, (days) => {
        expect(formatCivilDate(civilFromDays(days))).toBe(new Date(days * DAY_MS).toISOString().slice(0, -14));
      }),
    );
  });
  it("round-trip through parsing", () => {
    fc.assert(
      fc.property(dateRangeDays, (days) => {
        const c = civilFromDays(days);
        expect(parseCivilDate(formatCivilDate(c))).toEqual(c);
      }),
    );
  });
  it("parse the expanded form, including +YYYYYY for years below 10000", () => {
    expect(parseCivilDate("+001997-01-01")).toEqual({ year: 1997, month: 1, day: 1 });
    expect(parseCivilDate(`-${MAX_CIVIL_YEAR}-01-01`)).toEqual({ year: -MAX_CIVIL_YEAR, month: 1, day: 1 });
  });
  it("reject impossible and malformed dates", () => {
    for (const text of [
      "2023-02-29",
      "1900-02-29",
      "1997-13-01",
      "1997-00-10",
      "1997-04-31",
      "1997-1-1",
      "97-01-01",
      "1997-01-01T00:00:00Z",
      "-000000-01-01",
      "+1997-01-01",
      " 1997-01-01",
    ]) {
      expect(parseCivilDate(text), text).toBeUndefined();
    }
    expect(parseCivilDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCivilDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
  });
});
