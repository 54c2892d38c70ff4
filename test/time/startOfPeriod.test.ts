import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/time/civilDate.ts";
import { startOfPeriod } from "../../src/time/startOfPeriod.ts";
import { type TimeUnit, timeUnits } from "../../src/time/TimeUnitSchema.ts";
import type { WeekStartsOn } from "../../src/time/WeekStartsOnSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = (iso: string) => new Date(iso);
const zone = fc.constantFrom("UTC", "+05:30", "-08:00", "America/New_York", "Europe/London", "Australia/Lord_Howe");
const instant = fc.date({ min: at("1800-01-01"), max: at("2200-01-01"), noInvalidDate: true });
const weekStartsOn = fc.constantFrom<WeekStartsOn>(0, 1, 2, 3, 4, 5, 6);

describe("startOfPeriod", () => {
  const thursday = at("1997-03-27T12:00:00Z");

  it("gives the day itself, the 1st of the month, the quarter and the year", () => {
    expect(startOfPeriod(thursday, { period: "day" })).toBe("1997-03-27");
    expect(startOfPeriod(thursday, { period: "month" })).toBe("1997-03-01");
    expect(startOfPeriod(thursday, { period: "quarter" })).toBe("1997-01-01");
    expect(startOfPeriod(at("1997-11-15"), { period: "quarter" })).toBe("1997-10-01");
    expect(startOfPeriod(at("1997-06-30"), { period: "quarter" })).toBe("1997-04-01");
    expect(startOfPeriod(at("1997-07-01"), { period: "quarter" })).toBe("1997-07-01");
    expect(startOfPeriod(thursday, { period: "year" })).toBe("1997-01-01");
  });

  it("starts weeks on Monday by default and on weekStartsOn otherwise", () => {
    expect(startOfPeriod(thursday, { period: "week" })).toBe("1997-03-24");
    expect(startOfPeriod(thursday, { period: "week", weekStartsOn: 0 })).toBe("1997-03-23");
    expect(startOfPeriod(thursday, { period: "week", weekStartsOn: 4 })).toBe("1997-03-27");
    expect(startOfPeriod(thursday, { period: "week", weekStartsOn: 5 })).toBe("1997-03-21");
    // a Monday is its own week start; a Sunday belongs to the week that began the Monday before
    expect(startOfPeriod(at("1997-03-24"), { period: "week" })).toBe("1997-03-24");
    expect(startOfPeriod(at("1997-03-30"), { period: "week" })).toBe("1997-03-24");
  });

  it("crosses year boundaries for weeks (1997-01-01, a Wednesday, is in the week of 1996-12-30)", () => {
    expect(startOfPeriod(at("1997-01-01"), { period: "week" })).toBe("1996-12-30");
  });

  it("answers in the chosen zone: 02:00 UTC on Apr 1 is still Q1 in New York", () => {
    const t = at("1997-04-01T02:00:00Z");
    expect(startOfPeriod(t, { period: "quarter" })).toBe("1997-04-01");
    expect(startOfPeriod(t, { period: "quarter", timeZone: "America/New_York" })).toBe("1997-01-01");
    expect(startOfPeriod(t, { period: "month", timeZone: "-05:00" })).toBe("1997-03-01");
  });

  it("gives the day of a DST change itself in New York and Lord Howe", () => {
    expect(startOfPeriod(at("2024-03-10T12:00:00Z"), { period: "day", timeZone: "America/New_York" })).toBe(
      "2024-03-10",
    );
    expect(startOfPeriod(at("2024-10-05T16:00:00Z"), { period: "day", timeZone: "Australia/Lord_Howe" })).toBe(
      "2024-10-06",
    );
  });

  it("returns a date on or before the instant's civil date, in the same period", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom<TimeUnit>(...timeUnits), zone, weekStartsOn, (t, period, timeZone, ws) => {
        const start = startOfPeriod(t, { period, timeZone, weekStartsOn: ws });
        const day = civilDate(t, timeZone);
        expect(start <= day).toBe(true);
        if (period === "month") expect(start).toBe(`${day.slice(0, 7)}-01`);
        if (period === "year") expect(start).toBe(`${day.slice(0, 4)}-01-01`);
        if (period === "week") {
          const weekday = new Date(`${start}T00:00:00Z`).getUTCDay();
          expect(weekday).toBe(ws);
          expect((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000).toBeLessThan(7);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("rejects a bad instant, period, weekStartsOn and malformed zone together, with their paths", () => {
    const e = expectClienteleError(
      () =>
        startOfPeriod(at("x"), {
          period: "fortnight" as TimeUnit,
          weekStartsOn: 7 as WeekStartsOn,
          timeZone: "+5:30",
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["instant", "options.period", "options.timeZone", "options.weekStartsOn"]);
    expect(e.message).toMatchInlineSnapshot(`
      "startOfPeriod: invalid input
        ✖ expected date, received Invalid Date → at instant
        ✖ expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight" → at options.period
        ✖ expected "UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York", received "+5:30" → at options.timeZone
        ✖ expected one of 0 | 1 | 2 | 3 | 4 | 5 | 6, received 7 → at options.weekStartsOn"
    `);
  });

  it("rejects a zone name the runtime does not know at options.timeZone", () => {
    const e = expectClienteleError(
      () => startOfPeriod(at("1997-01-01"), { period: "day", timeZone: "Nowhere/Land" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.timeZone"]);
    expect(e.message).toMatchInlineSnapshot(`
      "startOfPeriod: invalid input
        ✖ expected "UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York", received "Nowhere/Land" → at options.timeZone"
    `);
  });

  it("does not mutate its inputs", () => {
    fc.assert(
      fc.property(instant, zone, weekStartsOn, (t, timeZone, ws) => {
        const options = { period: "week" as const, timeZone, weekStartsOn: ws };
        const before = [t.getTime(), { ...options }];
        startOfPeriod(t, options);
        expect([t.getTime(), options]).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
