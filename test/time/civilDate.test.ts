import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/time/civilDate.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = (iso: string) => new Date(iso);

describe("civilDate", () => {
  it("gives the UTC calendar date by default", () => {
    expect(civilDate(at("1997-01-01T03:00:00Z"))).toBe("1997-01-01");
    expect(civilDate(at("1997-01-01T23:59:59.999Z"))).toBe("1997-01-01");
  });

  it("equals the date part of toISOString for any instant in UTC (expanded years included)", () => {
    fc.assert(fc.property(fc.date({ noInvalidDate: true }), (t) => civilDate(t) === t.toISOString().slice(0, -14)));
  });

  it("gives the date on the wall in the chosen zone", () => {
    const t = at("1997-01-01T03:00:00Z");
    expect(civilDate(t, "America/Los_Angeles")).toBe("1996-12-31");
    expect(civilDate(t, "-08:00")).toBe("1996-12-31");
    expect(civilDate(t, "+14:00")).toBe("1997-01-01");
    expect(civilDate(at("1997-01-01T12:00:00Z"), "+14:00")).toBe("1997-01-02");
  });

  it("gives Feb 29 in a leap year (2024) and Mar 1 in 1900, which is not leap", () => {
    expect(civilDate(at("2024-02-29T12:00:00Z"))).toBe("2024-02-29");
    expect(civilDate(new Date(Date.UTC(1900, 1, 29)))).toBe("1900-03-01");
    expect(civilDate(new Date(Date.UTC(2000, 1, 29)))).toBe("2000-02-29");
  });

  it("rejects an invalid Date at instant and an unknown zone at timeZone", () => {
    const e1 = expectClienteleError(() => civilDate(new Date(Number.NaN)), "invalid_input");
    expect(issuePaths(e1)).toEqual(["instant"]);
    const e2 = expectClienteleError(() => civilDate(new Date(0), "+0530"), "invalid_input");
    expect(issuePaths(e2)).toEqual(["timeZone"]);
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (t) => {
        const before = t.getTime();
        civilDate(t, "Europe/London");
        expect(t.getTime()).toBe(before);
      }),
      { numRuns: 50 },
    );
  });
});
