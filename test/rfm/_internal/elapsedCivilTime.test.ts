import { addMonths } from "date-fns/addMonths";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../../src/_lib/civilCalendar.ts";
import { timeUnits } from "../../../src/_lib/timeUnits.ts";
import { elapsedCivilTime } from "../../../src/rfm/_internal/elapsedCivilTime.ts";
import { inUtc, UtcDate } from "../../../src/time/_internal/UtcDate.ts";
import { elapsed } from "../../../src/time/elapsed.ts";

/** Civil day numbers over the whole Date range. */
const anyDay = fc.integer({ min: -100_000_000, max: 100_000_000 });
/** Civil days 1900–2100. */
const modernDay = fc.integer({ min: -25_567, max: 47_482 });
const unit = fc.constantFrom(...timeUnits);

describe("elapsedCivilTime", () => {
  it("equals clientele/time's elapsed (date-fns) at midnight UTC, bit for bit, over the whole Date range", () => {
    fc.assert(
      fc.property(fc.oneof(anyDay, modernDay), fc.oneof(anyDay, modernDay), unit, (from, to, u) => {
        const expected = elapsed(new Date(from * DAY_MS), new Date(to * DAY_MS), { unit: u });
        expect(Object.is(elapsedCivilTime(from, to, u), expected)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("equals elapsed near month ends, where clamping decides (days 27–31 and Feb 29)", () => {
    const monthEnd = fc
      .record({ year: fc.integer({ min: 1600, max: 2400 }), month: fc.integer({ min: 0, max: 11 }), back: fc.nat(4) })
      .map(({ year, month, back }) => Math.floor(Date.UTC(year, month + 1, 0) / DAY_MS) - back);
    fc.assert(
      fc.property(monthEnd, monthEnd, unit, (from, to, u) => {
        const expected = elapsed(new Date(from * DAY_MS), new Date(to * DAY_MS), { unit: u });
        expect(Object.is(elapsedCivilTime(from, to, u), expected)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("is exactly k months at date-fns addMonths(from, k), and k / 3, k / 12 in quarters and years", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -1200, max: 1200 }), (from, k) => {
        fc.pre(Math.abs(from) < 99_000_000);
        const to = addMonths(new UtcDate(from * DAY_MS), k, { in: inUtc }).getTime() / DAY_MS;
        const months = elapsedCivilTime(from, to, "month");
        if (k >= 0) expect(months).toBe(k);
        // Going back, the clamped date can be further than k months (Mar 31 − 1 month = Feb 29).
        else expect([months <= k, months > k - 1]).toEqual([true, true]);
        expect(elapsedCivilTime(from, to, "quarter")).toBe(months / 3);
        expect(elapsedCivilTime(from, to, "year")).toBe(months / 12);
      }),
    );
  });

  it("gives days and weeks as day differences, and never -0", () => {
    expect(elapsedCivilTime(9862, 10_134, "day")).toBe(272);
    expect(elapsedCivilTime(9862, 10_134, "week")).toBe(272 / 7);
    for (const u of timeUnits) expect(Object.is(elapsedCivilTime(5, 5, u), 0), u).toBe(true);
  });
});
