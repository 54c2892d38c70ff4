import { addMonths } from "date-fns/addMonths";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addPeriods } from "../../src/time/addPeriods.ts";
import { elapsed } from "../../src/time/elapsed.ts";
import { type TimeUnit, timeUnits } from "../../src/time/TimeUnitSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

/** Civil dates 1800–2200 as YYYY-MM-DD. */
const civil = fc
  .integer({ min: -62_091, max: 84_006 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

describe("addPeriods", () => {
  it("adds days and weeks (7 days)", () => {
    expect(addPeriods("1997-01-01", 272, "day")).toBe("1997-09-30");
    expect(addPeriods("1997-01-01", 39, "week")).toBe("1997-10-01");
    expect(addPeriods("1997-01-01", -1, "day")).toBe("1996-12-31");
    expect(addPeriods("2024-02-28", 1, "day")).toBe("2024-02-29");
    expect(addPeriods("2023-02-28", 1, "day")).toBe("2023-03-01");
  });

  it("clamps month ends like date-fns addMonths (Jan 31 + 1 month = Feb 29 2024, Feb 28 2023)", () => {
    expect(addPeriods("2024-01-31", 1, "month")).toBe("2024-02-29");
    expect(addPeriods("2023-01-31", 1, "month")).toBe("2023-02-28");
    expect(addPeriods("1900-01-31", 1, "month")).toBe("1900-02-28");
    expect(addPeriods("2000-01-31", 1, "month")).toBe("2000-02-29");
    expect(addPeriods("2024-03-31", -1, "month")).toBe("2024-02-29");
    expect(addPeriods("1997-09-30", 1, "quarter")).toBe("1997-12-30");
    expect(addPeriods("2024-02-29", 1, "year")).toBe("2025-02-28");
    expect(addPeriods("2024-02-29", -1, "year")).toBe("2023-02-28");
    expect(addPeriods("2024-02-29", 4, "year")).toBe("2028-02-29");
  });

  it("is not associative for months because of clamping (Jan 31 + 1 + 1 = Mar 29, + 2 = Mar 31)", () => {
    expect(addPeriods(addPeriods("2024-01-31", 1, "month"), 1, "month")).toBe("2024-03-29");
    expect(addPeriods("2024-01-31", 2, "month")).toBe("2024-03-31");
  });

  it("adds nothing for n = 0 and is undone by -n for days and weeks", () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -5000, max: 5000 }), fc.constantFrom<TimeUnit>("day", "week"), (d, n, p) => {
        expect(addPeriods(d, 0, p)).toBe(d);
        expect(addPeriods(addPeriods(d, n, p), -n, p)).toBe(d);
      }),
    );
  });

  it("matches date-fns addMonths for months, quarters and years (oracle on local noon dates)", () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -400, max: 400 }), (d, n) => {
        const [y, m, day] = d.split("-").map(Number) as [number, number, number];
        const fmt = (t: Date) =>
          `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
        const local = new Date(y, m - 1, day, 12);
        expect(addPeriods(d, n, "month")).toBe(fmt(addMonths(local, n)));
        expect(addPeriods(d, n, "quarter")).toBe(fmt(addMonths(local, 3 * n)));
        expect(addPeriods(d, n, "year")).toBe(fmt(addMonths(local, 12 * n)));
      }),
    );
  });

  it("lands exactly n units away as measured by elapsed (months going back: within one month more)", () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -600, max: 600 }), fc.constantFrom<TimeUnit>(...timeUnits), (d, n, p) => {
        const from = new Date(`${d}T00:00:00Z`);
        const measured = elapsed(from, new Date(`${addPeriods(d, n, p)}T00:00:00Z`), { unit: p });
        if (n >= 0 || p === "day" || p === "week") expect(measured).toBe(n);
        // Going back, the clamped date can be further than n months: Mar 31 − 1 month = Feb 29,
        // and Feb 29 → Mar 31 is 1 month + 2/31 (months are counted from the earlier date).
        else expect([measured <= n, measured > n - 1]).toEqual([true, true]);
      }),
    );
    expect(addPeriods("2024-03-31", -1, "month")).toBe("2024-02-29");
    expect(elapsed(new Date("2024-03-31"), new Date("2024-02-29"), { unit: "month" })).toBe(-(1 + 2 / 31));
  });

  it("writes years outside 0000–9999 in the expanded form and reads them back", () => {
    expect(addPeriods("9999-12-31", 1, "day")).toBe("+010000-01-01");
    expect(addPeriods("0000-01-01", -1, "day")).toBe("-000001-12-31");
    expect(addPeriods("-000001-12-31", 1, "day")).toBe("0000-01-01");
  });

  it("throws domain_error when the result leaves years ±999999", () => {
    const e = expectClienteleError(() => addPeriods("2024-01-01", 2 ** 40, "year"), "domain_error");
    expect(issuePaths(e)).toEqual(["n"]);
    expect(e.message).toMatchInlineSnapshot(`
      "addPeriods: the result is outside years ±999999
        ✖ adding 1099511627776 year(s) to 2024-01-01 leaves the supported range of years ±999999 → at n"
    `);
  });

  it("rejects a bad date, a non-integer n and an unknown period with their paths", () => {
    const e = expectClienteleError(() => addPeriods("2023-02-29", 1.5, "fortnight" as TimeUnit), "invalid_input");
    expect(issuePaths(e)).toEqual(["civilDate", "n", "period"]);
    const e2 = expectClienteleError(() => addPeriods("1997-01-01", Number.NaN, "day"), "invalid_input");
    expect(issuePaths(e2)).toEqual(["n"]);
    const e3 = expectClienteleError(() => addPeriods(new Date(0) as unknown as string, 1, "day"), "invalid_input");
    expect(issuePaths(e3)).toEqual(["civilDate"]);
  });
});
