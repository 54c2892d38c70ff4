import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfWeek } from "date-fns/startOfWeek";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilFromDays, daysFromCivil, weekdayFromDays } from "../../src/_lib/civilCalendar.ts";
import { periodOrdinal, periodStartDays } from "../../src/_lib/civilPeriod.ts";
import { timeUnits } from "../../src/time/TimeUnitSchema.ts";

const days = fc.integer({ min: -100_000_000, max: 100_000_000 });
const period = fc.constantFrom(...timeUnits);
const weekStartsOn = fc.integer({ min: 0, max: 6 });
const d = (year: number, month: number, day: number): number => daysFromCivil({ year, month, day });

describe("periodOrdinal", () => {
  it("counts consecutive calendar periods with consecutive integers", () => {
    expect(periodOrdinal(d(1997, 12, 31), "year", 1) + 1).toBe(periodOrdinal(d(1998, 1, 1), "year", 1));
    expect(periodOrdinal(d(1997, 3, 31), "quarter", 1) + 1).toBe(periodOrdinal(d(1997, 4, 1), "quarter", 1));
    expect(periodOrdinal(d(1997, 1, 31), "month", 1) + 1).toBe(periodOrdinal(d(1997, 2, 1), "month", 1));
    // 1997-01-05 is a Sunday, 1997-01-06 a Monday.
    expect(periodOrdinal(d(1997, 1, 5), "week", 1) + 1).toBe(periodOrdinal(d(1997, 1, 6), "week", 1));
    expect(periodOrdinal(d(1997, 1, 4), "week", 0) + 1).toBe(periodOrdinal(d(1997, 1, 5), "week", 0));
    expect(periodOrdinal(d(1997, 1, 5), "day", 1)).toBe(d(1997, 1, 5));
  });
});

describe("periodStartDays", () => {
  it("gives a first day that is in the period and whose next period starts after the day", () => {
    fc.assert(
      fc.property(days, period, weekStartsOn, (day, p, ws) => {
        const k = periodOrdinal(day, p, ws);
        const start = periodStartDays(k, p, ws);
        expect(start).toBeLessThanOrEqual(day);
        expect(periodStartDays(k + 1, p, ws)).toBeGreaterThan(day);
        expect(periodOrdinal(start, p, ws)).toBe(k);
      }),
    );
  });
  it("starts weeks on weekStartsOn, months on the 1st and quarters in Jan/Apr/Jul/Oct", () => {
    fc.assert(
      fc.property(days, weekStartsOn, (day, ws) => {
        expect(weekdayFromDays(periodStartDays(periodOrdinal(day, "week", ws), "week", ws))).toBe(ws);
        expect(civilFromDays(periodStartDays(periodOrdinal(day, "month", ws), "month", ws)).day).toBe(1);
        const q = civilFromDays(periodStartDays(periodOrdinal(day, "quarter", ws), "quarter", ws));
        expect([q.day, [1, 4, 7, 10].includes(q.month)]).toEqual([1, true]);
        const y = civilFromDays(periodStartDays(periodOrdinal(day, "year", ws), "year", ws));
        expect([y.month, y.day]).toEqual([1, 1]);
      }),
    );
  });
  it("matches date-fns startOfWeek and startOfQuarter (oracle on local noon dates, years 1900–2100)", () => {
    fc.assert(
      fc.property(fc.integer({ min: d(1900, 1, 1), max: d(2100, 1, 1) }), weekStartsOn, (day, ws) => {
        const c = civilFromDays(day);
        const local = new Date(c.year, c.month - 1, c.day, 12);
        const week = startOfWeek(local, { weekStartsOn: ws as 0 | 1 | 2 | 3 | 4 | 5 | 6 });
        const quarter = startOfQuarter(local);
        expect(civilFromDays(periodStartDays(periodOrdinal(day, "week", ws), "week", ws))).toEqual({
          year: week.getFullYear(),
          month: week.getMonth() + 1,
          day: week.getDate(),
        });
        expect(civilFromDays(periodStartDays(periodOrdinal(day, "quarter", ws), "quarter", ws))).toEqual({
          year: quarter.getFullYear(),
          month: quarter.getMonth() + 1,
          day: quarter.getDate(),
        });
      }),
    );
  });
});
