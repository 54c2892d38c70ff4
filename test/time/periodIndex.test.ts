import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { differenceInCalendarQuarters } from "date-fns/differenceInCalendarQuarters";
import { differenceInCalendarWeeks } from "date-fns/differenceInCalendarWeeks";
import { differenceInCalendarYears } from "date-fns/differenceInCalendarYears";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elapsedCalendarDays } from "../../src/time/elapsedCalendarDays.ts";
import { periodIndex } from "../../src/time/periodIndex.ts";
import { type TimeUnit, timeUnits } from "../../src/time/TimeUnitSchema.ts";
import type { WeekStartsOn } from "../../src/time/WeekStartsOnSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = (iso: string) => new Date(iso);
const zone = fc.constantFrom("UTC", "+05:30", "-08:00", "America/New_York", "Europe/London", "Australia/Lord_Howe");
const instant = fc.date({ min: at("1800-01-01"), max: at("2200-01-01"), noInvalidDate: true });
const unit = fc.constantFrom<TimeUnit>(...timeUnits);
const weekStartsOn = fc.constantFrom<WeekStartsOn>(0, 1, 2, 3, 4, 5, 6);

describe("periodIndex", () => {
  const origin = at("1996-12-31T12:00:00Z"); // a Tuesday

  it("is 0 within the origin's period and counts calendar periods, not durations", () => {
    expect(periodIndex(at("1996-12-01"), origin, { period: "month" })).toBe(0);
    expect(periodIndex(at("1997-01-01"), origin, { period: "year" })).toBe(1);
    expect(periodIndex(at("1997-12-31"), origin, { period: "year" })).toBe(1);
    expect(periodIndex(at("1997-06-30"), origin, { period: "quarter" })).toBe(2);
    expect(periodIndex(at("1997-07-01"), origin, { period: "quarter" })).toBe(3);
    expect(periodIndex(at("1997-09-30"), origin, { period: "month" })).toBe(9);
    expect(periodIndex(at("1997-09-30"), origin, { period: "day" })).toBe(273);
  });

  it("counts weeks from the week containing the origin, starting on weekStartsOn", () => {
    // 1997-01-05 is a Sunday, 1997-01-06 a Monday
    expect(periodIndex(at("1997-01-05"), origin, { period: "week" })).toBe(0);
    expect(periodIndex(at("1997-01-06"), origin, { period: "week" })).toBe(1);
    expect(periodIndex(at("1997-01-05"), origin, { period: "week", weekStartsOn: 0 })).toBe(1);
    expect(periodIndex(at("1996-12-30"), origin, { period: "week" })).toBe(0);
    expect(periodIndex(at("1996-12-29"), origin, { period: "week" })).toBe(-1);
    // weeks starting Wednesday: Tue 1996-12-31 is in the week of Wed 1996-12-25
    expect(periodIndex(at("1997-01-01"), origin, { period: "week", weekStartsOn: 3 })).toBe(1);
  });

  it("is negative before the origin's period", () => {
    expect(periodIndex(at("1995-06-01"), origin, { period: "year" })).toBe(-1);
    expect(periodIndex(at("1996-09-30"), origin, { period: "quarter" })).toBe(-1);
    expect(periodIndex(at("1996-11-30"), origin, { period: "month" })).toBe(-1);
  });

  it("places instants in the chosen zone's calendar", () => {
    const newYearUtc = at("1998-01-01T03:00:00Z"); // still 1997 in New York
    expect(periodIndex(newYearUtc, at("1997-06-01T12:00:00Z"), { period: "year" })).toBe(1);
    expect(periodIndex(newYearUtc, at("1997-06-01T12:00:00Z"), { period: "year", timeZone: "America/New_York" })).toBe(
      0,
    );
  });

  it("is antisymmetric and additive (a → b plus b → c is a → c)", () => {
    fc.assert(
      fc.property(instant, instant, instant, unit, zone, weekStartsOn, (a, b, c, period, timeZone, ws) => {
        const o = { period, timeZone, weekStartsOn: ws };
        const ab = periodIndex(b, a, o);
        expect(periodIndex(a, b, o)).toBe(-ab + 0);
        expect(ab + periodIndex(c, b, o)).toBe(periodIndex(c, a, o));
        expect(Number.isInteger(ab)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("equals elapsedCalendarDays for days", () => {
    fc.assert(
      fc.property(instant, instant, zone, (a, b, timeZone) => {
        expect(periodIndex(b, a, { period: "day", timeZone })).toBe(elapsedCalendarDays(a, b, { timeZone }));
      }),
      { numRuns: 100 },
    );
  });

  it("matches date-fns differenceInCalendarWeeks/Months/Quarters/Years (oracle on local noon dates)", () => {
    fc.assert(
      fc.property(instant, instant, weekStartsOn, (a, b, ws) => {
        const local = (t: Date) => new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), 12);
        const [la, lb] = [local(a), local(b)];
        expect(periodIndex(b, a, { period: "week", weekStartsOn: ws })).toBe(
          differenceInCalendarWeeks(lb, la, { weekStartsOn: ws }),
        );
        expect(periodIndex(b, a, { period: "month" })).toBe(differenceInCalendarMonths(lb, la));
        expect(periodIndex(b, a, { period: "quarter" })).toBe(differenceInCalendarQuarters(lb, la));
        expect(periodIndex(b, a, { period: "year" })).toBe(differenceInCalendarYears(lb, la));
      }),
    );
  });

  it("rejects bad instants and options with their paths", () => {
    const e = expectClienteleError(
      () => periodIndex(at("x"), "1997-01-01" as unknown as Date, { period: "weeks" as TimeUnit }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["instant", "options.period", "origin"]);
  });

  it("does not mutate its inputs", () => {
    fc.assert(
      fc.property(instant, instant, zone, (a, b, timeZone) => {
        const options = { period: "quarter" as const, timeZone };
        const before = [a.getTime(), b.getTime(), { ...options }];
        periodIndex(a, b, options);
        expect([a.getTime(), b.getTime(), options]).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
