import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { differenceInCalendarQuarters } from "date-fns/differenceInCalendarQuarters";
import { differenceInCalendarWeeks } from "date-fns/differenceInCalendarWeeks";
import { differenceInCalendarYears } from "date-fns/differenceInCalendarYears";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfWeek } from "date-fns/startOfWeek";
import { startOfYear } from "date-fns/startOfYear";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, daysFromCivil } from "../../../src/_lib/civilCalendar.ts";
import { type TimeUnit, timeUnits } from "../../../src/_lib/timeUnits.ts";
import { createWallClock } from "../../../src/_lib/wallClock.ts";
import { periodOrdinal } from "../../../src/rfm/_internal/periodOrdinal.ts";
import { inUtc, UtcDate } from "../../../src/time/_internal/UtcDate.ts";
import { periodIndex } from "../../../src/time/periodIndex.ts";
import type { WeekStartsOn } from "../../../src/time/WeekStartsOnSchema.ts";
import { modernInstantMs, nearOffsetChange, oracleZone } from "../../_helpers/timeArbitraries.ts";

/** Day numbers over the whole Date range, but a year from each end (room for startOfYear). */
const days = fc.integer({ min: -99_999_000, max: 99_999_000 });
const period = fc.constantFrom(...timeUnits);
const weekStartsOn = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<WeekStartsOn>;
const d = (year: number, month: number, day: number): number => daysFromCivil({ year, month, day });
/** A civil day as date-fns sees it: a UtcDate at 00:00. */
const utc = (day: number): UtcDate => new UtcDate(day * DAY_MS);

const DIFFERENCE = {
  day: differenceInCalendarDays,
  week: differenceInCalendarWeeks,
  month: differenceInCalendarMonths,
  quarter: differenceInCalendarQuarters,
  year: differenceInCalendarYears,
} as const;
const START: Readonly<Record<Exclude<TimeUnit, "day">, typeof startOfWeek>> = {
  week: startOfWeek,
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
};

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

  it("differences equal date-fns differenceInCalendarDays / …Weeks / …Months / …Quarters / …Years", () => {
    fc.assert(
      fc.property(days, days, period, weekStartsOn, (a, b, p, ws) => {
        const expected = DIFFERENCE[p](utc(a), utc(b), { in: inUtc, weekStartsOn: ws });
        expect(periodOrdinal(a, p, ws) - periodOrdinal(b, p, ws)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("changes exactly at the first day of each period, as date-fns startOfWeek / …Month / …Quarter / …Year puts it", () => {
    fc.assert(
      fc.property(
        days,
        fc.constantFrom("week", "month", "quarter", "year") as fc.Arbitrary<"week">,
        weekStartsOn,
        (day, p, ws) => {
          const first = START[p](utc(day), { in: inUtc, weekStartsOn: ws }).getTime() / DAY_MS;
          expect(periodOrdinal(first, p, ws)).toBe(periodOrdinal(day, p, ws));
          expect(periodOrdinal(first - 1, p, ws)).toBe(periodOrdinal(day, p, ws) - 1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("read through a zone's wall clock, counts periods as periodIndex (date-fns) does, across DST changes", () => {
    // The rfm hot path: periodOrdinal(⌊wall / day⌋); clientele/time: date-fns on the same readings.
    const instant = fc.oneof(fc.record({ zone: oracleZone, epochMs: modernInstantMs }), nearOffsetChange);
    fc.assert(
      fc.property(instant, instant, period, weekStartsOn, (a, b, p, ws) => {
        const clock = createWallClock("f", a.zone, ["timeZone"]);
        const dayA = Math.floor(clock(a.epochMs) / DAY_MS);
        const dayB = Math.floor(clock(b.epochMs) / DAY_MS);
        const expected = periodIndex(new Date(a.epochMs), new Date(b.epochMs), {
          period: p,
          timeZone: a.zone,
          weekStartsOn: ws,
        });
        expect(periodOrdinal(dayA, p, ws) - periodOrdinal(dayB, p, ws)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
