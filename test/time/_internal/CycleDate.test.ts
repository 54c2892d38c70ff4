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
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, formatCivilDate, MAX_CIVIL_YEAR, parseCivilDate } from "../../../src/_lib/civilCalendar.ts";
import { type TimeUnit, timeUnits } from "../../../src/_lib/timeUnits.ts";
import {
  addCyclePeriods,
  type CycleDate,
  civilOfCycleDate,
  compareCycleDates,
  cycleDateFromCivil,
  cycleDateFromWall,
  differenceInCalendarCyclePeriods,
  startOfCyclePeriod,
  timeOfDayMs,
} from "../../../src/time/_internal/CycleDate.ts";
import { inUtc, UtcDate } from "../../../src/time/_internal/UtcDate.ts";
import type { WeekStartsOn } from "../../../src/time/WeekStartsOnSchema.ts";

const CYCLE_MS = 146_097 * DAY_MS;
const WINDOW_START = Date.UTC(2000, 0, 1);
/** Wall readings as far as any zone can push the Date range (±8.64e15 ms, ±1 day). */
const wall = fc.integer({ min: -8_640_000_000_000_000 - DAY_MS, max: 8_640_000_000_000_000 + DAY_MS });
/** Readings date-fns can also handle directly, with room for a thousand years of arithmetic. */
const direct = fc.integer({ min: -8_600_000_000_000_000, max: 8_600_000_000_000_000 });
const period = fc.constantFrom(...timeUnits);
const weekStartsOn = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<WeekStartsOn>;

/** The reading a cycle date stands for, as UTC-encoded ms (exact within the Date range and a bit beyond). */
const wallOf = (c: CycleDate): number => c.date.getTime() + c.cycles * CYCLE_MS;

const ADD = { day: addDays, week: addWeeks, month: addMonths, quarter: addQuarters, year: addYears } as const;
const START = {
  day: startOfDay,
  week: startOfWeek,
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
} as const;
const DIFFERENCE = {
  day: differenceInCalendarDays,
  week: differenceInCalendarWeeks,
  month: differenceInCalendarMonths,
  quarter: differenceInCalendarQuarters,
  year: differenceInCalendarYears,
} as const;
/** Largest |n| per unit that keeps a direct date-fns computation inside the Date range. */
const SPAN: Readonly<Record<TimeUnit, number>> = {
  day: 365_000,
  week: 52_000,
  month: 12_000,
  quarter: 4000,
  year: 1000,
};

describe("cycleDateFromWall", () => {
  it("moves any reading into 2000–2399 by whole 400-year cycles, losing nothing", () => {
    fc.assert(
      fc.property(wall, (t) => {
        const c = cycleDateFromWall(t);
        expect(c.date).toBeInstanceOf(UtcDate);
        expect(c.date.getTime()).toBeGreaterThanOrEqual(WINDOW_START);
        expect(c.date.getTime()).toBeLessThan(WINDOW_START + CYCLE_MS);
        expect(wallOf(c)).toBe(t);
      }),
    );
    for (const k of [-700, -1, 0, 1, 683]) {
      for (const t of [WINDOW_START + k * CYCLE_MS - 1, WINDOW_START + k * CYCLE_MS]) {
        expect(cycleDateFromWall(t).date.getUTCFullYear(), String(t)).toBe(
          t < WINDOW_START + k * CYCLE_MS ? 2399 : 2000,
        );
      }
    }
  });
  it("keeps the civil date and time of day of the reading (the UTC fields of the same instant)", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        const c = cycleDateFromWall(d.getTime());
        expect(formatCivilDate(civilOfCycleDate(c))).toBe(d.toISOString().slice(0, -14));
        expect(timeOfDayMs(c)).toBe(d.getTime() - Math.floor(d.getTime() / DAY_MS) * DAY_MS);
      }),
    );
  });
});

describe("cycleDateFromCivil and civilOfCycleDate", () => {
  it("round-trip every civil date of years ±999999", () => {
    const civil = fc
      .record({
        year: fc.integer({ min: -MAX_CIVIL_YEAR, max: MAX_CIVIL_YEAR }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter((c) => parseCivilDate(formatCivilDate(c)) !== undefined);
    fc.assert(
      fc.property(civil, (c) => {
        const cd = cycleDateFromCivil(c);
        expect(timeOfDayMs(cd)).toBe(0);
        expect(civilOfCycleDate(cd)).toEqual(c);
      }),
    );
  });
});

describe("compareCycleDates", () => {
  it("orders cycle dates as their readings", () => {
    fc.assert(
      fc.property(wall, wall, (a, b) => {
        expect(Math.sign(compareCycleDates(cycleDateFromWall(a), cycleDateFromWall(b)))).toBe(Math.sign(a - b));
      }),
    );
  });
});

describe("calendar operations across cycles equal date-fns applied directly (oracle on UtcDate)", () => {
  it("addCyclePeriods equals addDays / addWeeks / addMonths / addQuarters / addYears", () => {
    fc.assert(
      fc.property(
        direct,
        period,
        fc.integer({ min: -1, max: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, p, sign, x) => {
          const n = Math.round(sign * x * SPAN[p]);
          const expected = ADD[p](new UtcDate(t), n, { in: inUtc }).getTime();
          expect(wallOf(addCyclePeriods(cycleDateFromWall(t), n, p))).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
  it("startOfCyclePeriod equals startOfDay / startOfWeek / startOfMonth / startOfQuarter / startOfYear", () => {
    fc.assert(
      fc.property(direct, period, weekStartsOn, (t, p, ws) => {
        const expected = START[p](new UtcDate(t), { in: inUtc, weekStartsOn: ws }).getTime();
        expect(wallOf(startOfCyclePeriod(cycleDateFromWall(t), p, ws))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
  it("differenceInCalendarCyclePeriods equals differenceInCalendarDays / …Weeks / …Months / …Quarters / …Years", () => {
    fc.assert(
      fc.property(direct, direct, period, weekStartsOn, (a, b, p, ws) => {
        const expected = DIFFERENCE[p](new UtcDate(a), new UtcDate(b), { in: inUtc, weekStartsOn: ws });
        expect(differenceInCalendarCyclePeriods(cycleDateFromWall(a), cycleDateFromWall(b), p, ws)).toBe(expected + 0);
      }),
      { numRuns: 500 },
    );
  });
  it("shift exactly with whole cycles: 400 years later, every answer moves by one cycle's periods", () => {
    const perCycle: Readonly<Record<TimeUnit, number>> = {
      day: 146_097,
      week: 20_871,
      month: 4800,
      quarter: 1600,
      year: 400,
    };
    fc.assert(
      fc.property(direct, direct, period, weekStartsOn, (a, b, p, ws) => {
        const later = cycleDateFromWall(a + CYCLE_MS);
        const start = cycleDateFromWall(b);
        expect(differenceInCalendarCyclePeriods(later, start, p, ws)).toBe(
          differenceInCalendarCyclePeriods(cycleDateFromWall(a), start, p, ws) + perCycle[p],
        );
        expect(wallOf(startOfCyclePeriod(later, p, ws))).toBe(
          wallOf(startOfCyclePeriod(cycleDateFromWall(a), p, ws)) + CYCLE_MS,
        );
      }),
      { numRuns: 200 },
    );
  });
  it("add periods far beyond the Date range (years ±999999) by whole cycles", () => {
    const start = cycleDateFromCivil({ year: 2024, month: 1, day: 31 });
    expect(civilOfCycleDate(addCyclePeriods(start, 997_975, "year"))).toEqual({ year: 999_999, month: 1, day: 31 });
    expect(civilOfCycleDate(addCyclePeriods(start, 1, "month"))).toEqual({ year: 2024, month: 2, day: 29 });
    // −999999 is not a leap year (−999999 mod 4 = 1), −999996 is.
    expect(civilOfCycleDate(addCyclePeriods(start, -12 * 1_002_023 + 1, "month"))).toEqual({
      year: -999_999,
      month: 2,
      day: 28,
    });
    expect(civilOfCycleDate(addCyclePeriods(start, -12 * 1_002_020 + 1, "month"))).toEqual({
      year: -999_996,
      month: 2,
      day: 29,
    });
  });
});
