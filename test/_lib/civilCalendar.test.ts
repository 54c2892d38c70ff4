import { addMonths } from "date-fns/addMonths";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonthsToCivil,
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  formatCivilDate,
  isLeapYear,
  MAX_CIVIL_YEAR,
  mod,
  parseCivilDate,
  weekdayFromDays,
} from "../../src/_lib/civilCalendar.ts";

/** Day numbers covering the whole range of `Date` (±100 000 000 days from 1970-01-01). */
const dateRangeDays = fc.integer({ min: -100_000_000, max: 100_000_000 });

describe("DAY_MS", () => {
  it("is 24 hours of milliseconds", () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});

describe("isLeapYear", () => {
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
  it("matches date-fns addMonths (used as an oracle on local noon dates, years 1900–2100)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: daysFromCivil({ year: 1900, month: 1, day: 1 }), max: 47_482 }),
        fc.integer({ min: -240, max: 240 }),
        (days, n) => {
          const c = civilFromDays(days);
          const expected = addMonths(new Date(c.year, c.month - 1, c.day, 12), n);
          expect(addMonthsToCivil(c, n)).toEqual({
            year: expected.getFullYear(),
            month: expected.getMonth() + 1,
            day: expected.getDate(),
          });
        },
      ),
    );
  });
});

describe("weekdayFromDays", () => {
  it("makes 1970-01-01 a Thursday (4) and agrees with Date#getUTCDay", () => {
    expect(weekdayFromDays(0)).toBe(4);
    fc.assert(fc.property(dateRangeDays, (days) => weekdayFromDays(days) === new Date(days * DAY_MS).getUTCDay()));
  });
});

describe("mod", () => {
  it("returns a result in [0, b) with no negative zero", () => {
    expect(mod(-1, 7)).toBe(6);
    expect(mod(-7, 7)).toBe(0);
    expect(Object.is(mod(-7, 7), 0)).toBe(true);
    expect(mod(-1500, 1000)).toBe(500);
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
