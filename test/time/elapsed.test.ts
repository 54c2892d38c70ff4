import { addMonths } from "date-fns/addMonths";
import { differenceInMonths } from "date-fns/differenceInMonths";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elapsed } from "../../src/time/elapsed.ts";
import { type TimeUnit, timeUnits } from "../../src/time/TimeUnitSchema.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;
const zones = ["UTC", "+05:30", "-08:00", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia"];
const zone = fc.constantFrom(...zones);
const unit = fc.constantFrom(...timeUnits);
const instant = fc.date({ min: at("1800-01-01"), max: at("2200-01-01"), noInvalidDate: true });
/** UTC instants at 10:00–14:59 (times that exist in every zone's local time, for the date-fns oracle). */
const daytime = fc
  .tuple(fc.integer({ min: -25_567, max: 47_482 }), fc.integer({ min: 10 * 3_600_000, max: 15 * 3_600_000 - 1 }))
  .map(([days, ms]) => new Date(days * DAY + ms));
/** As `daytime`, in whole minutes. */
const daytimeMinutes = fc
  .tuple(fc.integer({ min: -25_567, max: 47_482 }), fc.integer({ min: 10 * 60, max: 15 * 60 - 1 }))
  .map(([days, minutes]) => new Date(days * DAY + minutes * 60_000));

describe("elapsed", () => {
  describe("days and weeks", () => {
    it("counts CDNOW's calibration period 1997-01-01 → 1997-09-30 as 272 days = 272/7 weeks", () => {
      expect(elapsed(at("1997-01-01"), at("1997-09-30"), { unit: "day" })).toBe(272);
      expect(elapsed(at("1997-01-01"), at("1997-09-30"), { unit: "week" })).toBe(38.857142857142854);
      expect(elapsed(at("1997-01-01"), at("1997-09-30"), { unit: "week" })).toBe(272 / 7);
    });

    it("adds the time-of-day difference as a fraction of 24 h", () => {
      expect(elapsed(at("1997-01-01T00:00:00Z"), at("1997-01-01T12:00:00Z"), { unit: "day" })).toBe(0.5);
      expect(elapsed(at("1997-01-01T18:00:00Z"), at("1997-01-02T06:00:00Z"), { unit: "day" })).toBe(0.5);
    });

    it("makes weeks exactly days / 7 for any instants and zone", () => {
      fc.assert(
        fc.property(instant, instant, zone, (a, b, timeZone) => {
          const days = elapsed(a, b, { unit: "day", timeZone });
          expect(elapsed(a, b, { unit: "week", timeZone })).toBe(days / 7);
        }),
        { numRuns: 200 },
      );
    });

    it("counts a wall-clock day across New York's spring-forward change as 1 day (23 h passed)", () => {
      // 2024-03-09 12:00 EST → 2024-03-10 12:00 EDT
      const opts = { unit: "day", timeZone: "America/New_York" } as const;
      expect(elapsed(at("2024-03-09T17:00:00Z"), at("2024-03-10T16:00:00Z"), opts)).toBe(1);
      // Exactly 24 h later the wall clock reads 13:00: 1 day + 1 h.
      expect(elapsed(at("2024-03-09T17:00:00Z"), at("2024-03-10T17:00:00Z"), opts)).toBe(1 + 1 / 24);
    });

    it("counts a wall-clock day across New York's fall-back change as 1 day (25 h passed)", () => {
      const opts = { unit: "day", timeZone: "America/New_York" } as const;
      expect(elapsed(at("2024-11-02T16:00:00Z"), at("2024-11-03T17:00:00Z"), opts)).toBe(1);
      expect(elapsed(at("2024-11-02T16:00:00Z"), at("2024-11-03T16:00:00Z"), opts)).toBe(1 - 1 / 24);
    });

    it("counts a wall-clock day across both Europe/London changes of 2024 as 1 day", () => {
      const opts = { unit: "day", timeZone: "Europe/London" } as const;
      // 2024-03-30 12:00 GMT → 2024-03-31 12:00 BST, and 2024-10-26 12:00 BST → 2024-10-27 12:00 GMT
      expect(elapsed(at("2024-03-30T12:00:00Z"), at("2024-03-31T11:00:00Z"), opts)).toBe(1);
      expect(elapsed(at("2024-03-30T12:00:00Z"), at("2024-03-31T12:00:00Z"), opts)).toBe(1 + 1 / 24);
      expect(elapsed(at("2024-10-26T11:00:00Z"), at("2024-10-27T12:00:00Z"), opts)).toBe(1);
      expect(elapsed(at("2024-10-26T11:00:00Z"), at("2024-10-27T11:00:00Z"), opts)).toBe(1 - 1 / 24);
    });

    it("counts a wall-clock day across Lord Howe's 30-minute changes as 1 day", () => {
      const opts = { unit: "day", timeZone: "Australia/Lord_Howe" } as const;
      // 2024-10-05 12:00 +10:30 → 2024-10-06 12:00 +11:00 (23.5 h)
      expect(elapsed(at("2024-10-05T01:30:00Z"), at("2024-10-06T01:00:00Z"), opts)).toBe(1);
      expect(elapsed(at("2024-10-05T01:30:00Z"), at("2024-10-06T01:30:00Z"), opts)).toBe(1 + 1 / 48);
      // 2024-04-06 12:00 +11:00 → 2024-04-07 12:00 +10:30 (24.5 h)
      expect(elapsed(at("2024-04-06T01:00:00Z"), at("2024-04-07T01:30:00Z"), opts)).toBe(1);
      expect(elapsed(at("2024-04-06T01:00:00Z"), at("2024-04-07T01:00:00Z"), opts)).toBe(1 - 1 / 48);
    });

    it("gives 0 between the two instants that both read 01:30 at New York's fall-back change", () => {
      const opts = { unit: "day", timeZone: "America/New_York" } as const;
      expect(elapsed(at("2024-11-03T05:30:00Z"), at("2024-11-03T06:30:00Z"), opts)).toBe(0);
    });

    it("counts Feb 28 → Mar 1 as 2 days in leap years (2024, 2000) and 1 day otherwise (2023, 1900)", () => {
      expect(elapsed(at("2024-02-28"), at("2024-03-01"), { unit: "day" })).toBe(2);
      expect(elapsed(at("2000-02-28"), at("2000-03-01"), { unit: "day" })).toBe(2);
      expect(elapsed(at("2023-02-28"), at("2023-03-01"), { unit: "day" })).toBe(1);
      expect(elapsed(new Date(Date.UTC(1900, 1, 28)), new Date(Date.UTC(1900, 2, 1)), { unit: "day" })).toBe(1);
    });

    it("gives 5 h = 5/24 day in every fixed-offset zone, whichever calendar days the readings fall on", () => {
      const a = at("1997-01-01T20:00:00Z");
      const b = at("1997-01-02T01:00:00Z");
      // UTC: Jan 1 20:00 → Jan 2 01:00; +05:30: Jan 2 01:30 → 06:30; -08:00: Jan 1 12:00 → 17:00.
      // NOTE: 1 + (1 h − 20 h)/24 h rounds differently from 5/24 in the last bit, hence 1e-15.
      for (const timeZone of ["UTC", "+05:30", "-08:00"]) {
        expectClose(elapsed(a, b, { unit: "day", timeZone }), 5 / 24, { rel: 1e-15 }, timeZone);
      }
    });

    it("equals the physical duration / 24 h in zones without daylight saving", () => {
      fc.assert(
        fc.property(instant, instant, fc.constantFrom("UTC", "+05:30", "-08:00"), (a, b, timeZone) => {
          expectClose(elapsed(a, b, { unit: "day", timeZone }), (b.getTime() - a.getTime()) / DAY, { abs: 1e-9 });
        }),
      );
    });

    it("is additive over civil dates (a → b plus b → c is a → c)", () => {
      const midnight = fc.integer({ min: -100_000, max: 100_000 }).map((d) => new Date(d * DAY));
      fc.assert(
        fc.property(midnight, midnight, midnight, (a, b, c) => {
          const ab = elapsed(a, b, { unit: "day" });
          const bc = elapsed(b, c, { unit: "day" });
          expect(ab + bc).toBe(elapsed(a, c, { unit: "day" }));
          expect(Number.isInteger(ab)).toBe(true);
        }),
      );
    });

    it("is additive over any instants in any zone, up to rounding", () => {
      fc.assert(
        fc.property(instant, instant, instant, zone, (a, b, c, timeZone) => {
          const ab = elapsed(a, b, { unit: "day", timeZone });
          const bc = elapsed(b, c, { unit: "day", timeZone });
          expectClose(ab + bc, elapsed(a, c, { unit: "day", timeZone }), { abs: 1e-9 });
        }),
        { numRuns: 100 },
      );
    });
  });

  describe("months, quarters and years", () => {
    const months = (a: string, b: string, timeZone = "UTC") => elapsed(at(a), at(b), { unit: "month", timeZone });

    it("counts whole calendar months whatever their length (28, 29, 30 or 31 days)", () => {
      expect(months("2023-02-01", "2023-03-01")).toBe(1);
      expect(months("2024-02-01", "2024-03-01")).toBe(1);
      expect(months("2023-03-01", "2023-04-01")).toBe(1);
      expect(months("2023-04-01", "2023-05-01")).toBe(1);
      expect(months("1997-01-15", "1997-02-15")).toBe(1);
      expect(months("1997-01-01", "1997-09-30")).toBe(8 + 29 / 30);
    });

    it("measures the fraction in days of the next month step", () => {
      expect(months("1997-01-15", "1997-01-31")).toBe(16 / 31);
      expect(months("1997-02-15", "1997-03-01")).toBe(14 / 28);
      expect(months("1997-01-01T00:00:00Z", "1997-01-01T12:00:00Z")).toBe(0.5 / 31);
    });

    it("clamps month ends like date-fns addMonths: Jan 31 → Feb 29 2024 and → Feb 28 2023 are 1 month", () => {
      expect(months("2024-01-31", "2024-02-29")).toBe(1);
      expect(months("2023-01-31", "2023-02-28")).toBe(1);
      expect(months("2024-01-31", "2024-03-31")).toBe(2);
      expect(months("2024-01-31", "2024-04-30")).toBe(3);
      // after Feb 29, the next step is Mar 31 (31 days): 15 days into it
      expect(months("2024-01-31", "2024-03-15")).toBe(1 + 15 / 31);
      expect(months("2024-01-31", "2024-02-28")).toBe(28 / 29);
    });

    it("reaches exactly k months at addMonths(from, k) and increases in between (UTC)", () => {
      fc.assert(
        fc.property(daytime, fc.integer({ min: 0, max: 600 }), (from, k) => {
          const to = new Date(from.getTime());
          to.setUTCFullYear(from.getUTCFullYear(), from.getUTCMonth() + k, 1);
          const day = Math.min(
            from.getUTCDate(),
            new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 0)).getUTCDate(),
          );
          to.setUTCDate(day);
          expect(elapsed(from, to, { unit: "month" })).toBe(k);
          const dayBefore = new Date(to.getTime() - DAY);
          const m = elapsed(from, dayBefore, { unit: "month" });
          if (k > 0) expect([m < k, m >= k - 1]).toEqual([true, true]);
        }),
      );
    });

    it("never decreases as the end moves later (UTC)", () => {
      fc.assert(
        fc.property(instant, instant, instant, unit, (a, b, c, u) => {
          const [lo, hi] = b.getTime() <= c.getTime() ? [b, c] : [c, b];
          expect(elapsed(a, lo, { unit: u })).toBeLessThanOrEqual(elapsed(a, hi, { unit: u }));
        }),
      );
    });

    it("has the whole-month count of date-fns differenceInMonths when neither day is past the 28th", () => {
      fc.assert(
        fc.property(daytimeMinutes, daytimeMinutes, (a, b) => {
          fc.pre(a.getUTCDate() <= 28 && b.getUTCDate() <= 28);
          const local = (t: Date) =>
            new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes());
          expect(Math.trunc(elapsed(a, b, { unit: "month" })) + 0).toBe(differenceInMonths(local(b), local(a)));
        }),
        { numRuns: 100 },
      );
    });

    it("makes quarters months / 3 and years months / 12", () => {
      fc.assert(
        fc.property(instant, instant, zone, (a, b, timeZone) => {
          const m = elapsed(a, b, { unit: "month", timeZone });
          expect(elapsed(a, b, { unit: "quarter", timeZone })).toBe(m / 3);
          expect(elapsed(a, b, { unit: "year", timeZone })).toBe(m / 12);
        }),
        { numRuns: 100 },
      );
      expect(elapsed(at("1997-01-01"), at("1997-04-01"), { unit: "quarter" })).toBe(1);
      expect(elapsed(at("2023-01-01"), at("2024-01-01"), { unit: "year" })).toBe(1);
      expect(elapsed(at("2024-01-01"), at("2024-07-01"), { unit: "year" })).toBe(0.5);
    });

    it("counts Feb 29 2024 → Feb 28 2025 as 1 year and → Feb 29 2028 as 4 years", () => {
      expect(elapsed(at("2024-02-29"), at("2025-02-28"), { unit: "year" })).toBe(1);
      expect(elapsed(at("2024-02-29"), at("2028-02-29"), { unit: "year" })).toBe(4);
      expect(elapsed(at("1900-01-01"), at("2000-01-01"), { unit: "year" })).toBe(100);
    });

    it("counts calendar months on the zone's wall clock, across daylight-saving changes", () => {
      // 2024-03-01 00:00 EST → 2024-04-01 00:00 EDT: 1 month although 1 h short of 31 × 24 h.
      expect(months("2024-03-01T05:00:00Z", "2024-04-01T04:00:00Z", "America/New_York")).toBe(1);
      expect(months("2024-03-01T05:00:00Z", "2024-04-01T04:00:00Z")).toBe(30 / 31 + 23 / 24 / 31);
    });

    it("matches the integer part of date-fns addMonths stepping from the earlier date", () => {
      fc.assert(
        fc.property(daytime, fc.integer({ min: 0, max: 120 }), (a, k) => {
          const local = new Date(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate(), 12);
          const stepped = addMonths(local, k);
          const b = new Date(Date.UTC(stepped.getFullYear(), stepped.getMonth(), stepped.getDate(), 12));
          const a12 = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate(), 12));
          expect(elapsed(a12, b, { unit: "month" })).toBe(k);
        }),
      );
    });
  });

  describe("sign and symmetry", () => {
    it("is negative when to is before from", () => {
      expect(elapsed(at("1997-09-30"), at("1997-01-01"), { unit: "day" })).toBe(-272);
      expect(elapsed(at("2024-02-29"), at("2024-01-31"), { unit: "month" })).toBe(-1);
      expect(elapsed(at("1998-01-01"), at("1997-01-01"), { unit: "year" })).toBe(-1);
    });

    it("flips sign exactly when the arguments are swapped, for every unit and zone", () => {
      fc.assert(
        fc.property(instant, instant, unit, zone, (a, b, u, timeZone) => {
          const forward = elapsed(a, b, { unit: u, timeZone });
          expect(elapsed(b, a, { unit: u, timeZone })).toBe(-forward + 0);
        }),
        { numRuns: 200 },
      );
    });

    it("returns +0 (not -0) for equal instants and finite numbers over the whole Date range", () => {
      expect(Object.is(elapsed(at("1997-01-01"), at("1997-01-01"), { unit: "month" }), 0)).toBe(true);
      fc.assert(
        fc.property(fc.date({ noInvalidDate: true }), fc.date({ noInvalidDate: true }), unit, (a, b, u) =>
          Number.isFinite(elapsed(a, b, { unit: u })),
        ),
      );
    });
  });

  describe("validation and purity", () => {
    it("rejects invalid Dates and non-Dates at from / to", () => {
      const e = expectClienteleError(
        () => elapsed(new Date(Number.NaN), "1997-01-01" as unknown as Date, { unit: "day" }),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["from", "to"]);
    });

    it("rejects a missing or unknown unit at options.unit", () => {
      const missing = expectClienteleError(
        () => elapsed(at("1997-01-01"), at("1997-02-01"), {} as { unit: TimeUnit }),
        "invalid_input",
      );
      expect(issuePaths(missing)).toEqual(["options.unit"]);
      const unknown = expectClienteleError(
        () => elapsed(at("1997-01-01"), at("1997-02-01"), { unit: "fortnight" as TimeUnit }),
        "invalid_input",
      );
      expect(issuePaths(unknown)).toEqual(["options.unit"]);
      expect(unknown.message).toMatchInlineSnapshot(`
        "elapsed: invalid input
          ✖ expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight" → at options.unit"
      `);
    });

    it("rejects an unknown zone at options.timeZone and a misspelt key at options", () => {
      const zoneError = expectClienteleError(
        () => elapsed(at("1997-01-01"), at("1997-02-01"), { unit: "day", timeZone: "Mars/Olympus_Mons" }),
        "invalid_input",
      );
      expect(issuePaths(zoneError)).toEqual(["options.timeZone"]);
      const keyError = expectClienteleError(
        () =>
          elapsed(at("1997-01-01"), at("1997-02-01"), { unit: "day", timezone: "Europe/London" } as {
            unit: TimeUnit;
          }),
        "invalid_input",
      );
      expect(issuePaths(keyError)).toEqual(["options"]);
      expect(keyError.issues[0]?.code).toBe("unrecognized_keys");
    });

    it("rejects missing options", () => {
      const e = expectClienteleError(
        () => elapsed(at("1997-01-01"), at("1997-02-01"), undefined as unknown as { unit: TimeUnit }),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["options"]);
    });

    it("does not mutate its inputs and is deterministic", () => {
      fc.assert(
        fc.property(instant, instant, unit, zone, (a, b, u, timeZone) => {
          const options = { unit: u, timeZone };
          const snapshot = [a.getTime(), b.getTime(), { ...options }];
          const first = elapsed(a, b, options);
          expect([a.getTime(), b.getTime(), options]).toEqual(snapshot);
          expect(elapsed(a, b, options)).toBe(first);
        }),
        { numRuns: 50 },
      );
    });
  });
});
