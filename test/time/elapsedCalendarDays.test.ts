import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elapsed } from "../../src/time/elapsed.ts";
import { elapsedCalendarDays } from "../../src/time/elapsedCalendarDays.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = (iso: string) => new Date(iso);
const zone = fc.constantFrom("UTC", "+05:30", "-08:00", "America/New_York", "Europe/London", "Australia/Lord_Howe");
const instant = fc.date({ min: at("1800-01-01"), max: at("2200-01-01"), noInvalidDate: true });

describe("elapsedCalendarDays", () => {
  it("counts CDNOW's calibration period 1997-01-01 → 1997-09-30 as 272 days", () => {
    expect(elapsedCalendarDays(at("1997-01-01"), at("1997-09-30"))).toBe(272);
    expect(elapsedCalendarDays(at("1997-01-01"), at("1997-09-30")) / 7).toBe(38.857142857142854);
  });

  it("ignores the time of day: same date is 0, 23:59 → 00:01 next day is 1", () => {
    expect(elapsedCalendarDays(at("1997-03-01T00:01:00Z"), at("1997-03-01T23:59:00Z"))).toBe(0);
    expect(elapsedCalendarDays(at("1997-03-01T23:59:00Z"), at("1997-03-02T00:01:00Z"))).toBe(1);
  });

  it("reads dates in the chosen zone", () => {
    const late = at("2024-06-01T03:30:00Z"); // May 31 23:30 in New York
    const early = at("2024-06-01T04:30:00Z"); // June 1 00:30 in New York
    expect(elapsedCalendarDays(late, early, { timeZone: "America/New_York" })).toBe(1);
    expect(elapsedCalendarDays(late, early)).toBe(0);
    expect(elapsedCalendarDays(late, early, { timeZone: "-04:00" })).toBe(1);
  });

  it("counts every DST day as one day (New York 2024-03-10 and 2024-11-03, Lord Howe 2024-10-06)", () => {
    const ny = { timeZone: "America/New_York" };
    expect(elapsedCalendarDays(at("2024-03-10T05:00:00Z"), at("2024-03-11T04:00:00Z"), ny)).toBe(1);
    expect(elapsedCalendarDays(at("2024-11-03T04:00:00Z"), at("2024-11-04T05:00:00Z"), ny)).toBe(1);
    expect(elapsedCalendarDays(at("2024-03-01T05:00:00Z"), at("2024-12-01T05:00:00Z"), ny)).toBe(275);
    const lh = { timeZone: "Australia/Lord_Howe" };
    expect(elapsedCalendarDays(at("2024-10-05T13:30:00Z"), at("2024-10-06T13:00:00Z"), lh)).toBe(1);
  });

  it("counts leap days: 2024-02-28 → 2024-03-01 is 2, 2023 is 1, 1900 is 1, 2000 is 2", () => {
    expect(elapsedCalendarDays(at("2024-02-28"), at("2024-03-01"))).toBe(2);
    expect(elapsedCalendarDays(at("2023-02-28"), at("2023-03-01"))).toBe(1);
    expect(elapsedCalendarDays(new Date(Date.UTC(1900, 1, 28)), new Date(Date.UTC(1900, 2, 1)))).toBe(1);
    expect(elapsedCalendarDays(at("2000-02-28"), at("2000-03-01"))).toBe(2);
    expect(elapsedCalendarDays(at("2024-01-01"), at("2025-01-01"))).toBe(366);
  });

  it("is negative when to falls on an earlier date, and antisymmetric", () => {
    expect(elapsedCalendarDays(at("1997-09-30"), at("1997-01-01"))).toBe(-272);
    fc.assert(
      fc.property(instant, instant, zone, (a, b, timeZone) => {
        expect(elapsedCalendarDays(b, a, { timeZone })).toBe(-elapsedCalendarDays(a, b, { timeZone }) + 0);
      }),
      { numRuns: 100 },
    );
  });

  it("equals elapsed days when both instants show the same time of day", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -50_000, max: 50_000 }), (a, b) => {
        const from = new Date(a * 86_400_000 + 12 * 3_600_000);
        const to = new Date(b * 86_400_000 + 12 * 3_600_000);
        expect(elapsedCalendarDays(from, to)).toBe(elapsed(from, to, { unit: "day" }));
      }),
    );
  });

  it("matches date-fns differenceInCalendarDays on the same civil dates (oracle, local noon)", () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const local = (t: Date) => new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), 12);
        expect(elapsedCalendarDays(a, b)).toBe(differenceInCalendarDays(local(b), local(a)));
      }),
    );
  });

  it("returns an integer for any instants in any zone", () => {
    fc.assert(
      fc.property(instant, instant, zone, (a, b, timeZone) =>
        Number.isInteger(elapsedCalendarDays(a, b, { timeZone })),
      ),
      { numRuns: 100 },
    );
  });

  it("rejects invalid Dates at from / to, unknown zones at options.timeZone and unknown keys", () => {
    const e1 = expectClienteleError(() => elapsedCalendarDays(at("x"), at("y")), "invalid_input");
    expect(issuePaths(e1)).toEqual(["from", "to"]);
    const e2 = expectClienteleError(
      () => elapsedCalendarDays(at("1997-01-01"), at("1997-01-02"), { timeZone: "+5:30" }),
      "invalid_input",
    );
    expect(issuePaths(e2)).toEqual(["options.timeZone"]);
    const e3 = expectClienteleError(
      () => elapsedCalendarDays(at("1997-01-01"), at("1997-01-02"), { unit: "day" } as object),
      "invalid_input",
    );
    expect(issuePaths(e3)).toEqual(["options"]);
  });

  it("does not mutate its inputs", () => {
    fc.assert(
      fc.property(instant, instant, zone, (a, b, timeZone) => {
        const options = { timeZone };
        const before = [a.getTime(), b.getTime(), { ...options }];
        elapsedCalendarDays(a, b, options);
        expect([a.getTime(), b.getTime(), options]).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
