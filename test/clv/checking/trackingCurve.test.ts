import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../../examples/_data/cdnow.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { trackingCurve } from "../../../src/clv/checking/trackingCurve.ts";
import { expectedPurchases } from "../../../src/clv/expectedPurchases.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

const published: CountModel = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
};

const DAY = 86_400_000;
const START = Date.UTC(1997, 0, 1);

/** CDNOW weekly repeat purchases from the transaction log: same-day purchases merged, each customer's first day left out. */
function cdnowWeeklyRepeats(): number[] {
  const days = new Map<string, Set<number>>();
  for (const t of loadCdnowSample()) {
    const day = Math.round((Date.parse(t.timestamp as string) - START) / DAY);
    const set = days.get(String(t.customerId)) ?? new Set<number>();
    set.add(day);
    days.set(String(t.customerId), set);
  }
  const weeks = new Array<number>(78).fill(0);
  for (const set of days.values()) {
    const sorted = [...set].sort((a, b) => a - b);
    for (const d of sorted.slice(1)) weeks[Math.floor(d / 7)]! += 1;
  }
  return weeks;
}

describe("trackingCurve", () => {
  const { summary, fit } = loadCdnowHoldout();
  // First-purchase time in weeks from 1997-01-01: the calibration ends 272 days after it.
  const firstPurchaseTimes = summary.rows.map((r) => Math.round((272 / 7 - r.T) * 7) / 7);

  it("gives Σᵢ E[X(t − sᵢ)] over CDNOW's 2,357 customers for 78 weeks, as computed customer by customer (1e-12)", () => {
    const actual = cdnowWeeklyRepeats();
    const rows = trackingCurve(fit, { firstPurchaseTimes, periods: 78, actual });
    expect(rows).toHaveLength(78);
    for (const k of [1, 13, 39, 52, 78]) {
      let expected = 0;
      for (const s of firstPurchaseTimes) expected += expectedPurchases(fit, Math.max(0, k - s));
      expectClose(rows[k - 1]!.expectedCumulative, expected, { rel: 1e-12 }, `week ${k}`);
    }
    // Actual: 2,457 repeat purchases in calibration (weeks 1–39) and 1,882 in the holdout (README facts).
    expect(rows[38]!.actualCumulative).toBe(2457);
    expect(rows[77]!.actualCumulative).toBe(2457 + 1882);
    expectClose(
      rows.reduce((s, r) => s + r.expectedIncremental, 0),
      rows[77]!.expectedCumulative,
      { rel: 1e-12 },
    );
  });

  it("gives the same rows from cohort counts as from individual first-purchase times", () => {
    const counts = new Map<number, number>();
    for (const s of firstPurchaseTimes) counts.set(s, (counts.get(s) ?? 0) + 1);
    const cohorts = [...counts].map(([time, customers]) => ({ time, customers }));
    expect(trackingCurve(fit, { cohorts, periods: 20 })).toEqual(
      trackingCurve(fit, { firstPurchaseTimes, periods: 20 }),
    );
  });

  it("scales with the period length: 26 two-week periods end where 52 weeks do", () => {
    const weekly = trackingCurve(published, { cohorts: [{ time: 0, customers: 1000 }], periods: 52 });
    const fortnightly = trackingCurve(published, { cohorts: [{ time: 0, customers: 1000 }], periods: 26, period: 2 });
    expectClose(fortnightly[25]!.expectedCumulative, weekly[51]!.expectedCumulative, { rel: 1e-14 });
    expect(fortnightly[25]!.end).toBe(52);
    expectClose(weekly[51]!.expectedCumulative, 1000 * expectedPurchases(published, 52), { rel: 1e-14 });
  });

  it("counts customers only from their arrival: a cohort arriving at week 10 adds nothing before", () => {
    const rows = trackingCurve(published, { cohorts: [{ time: 10, customers: 5 }], periods: 12 });
    expect(rows.slice(0, 10).every((r) => r.expectedCumulative === 0)).toBe(true);
    expect(rows[11]!.expectedCumulative).toBeGreaterThan(0);
  });

  it("throws invalid_input for both or neither acquisition form, bad times, or actual of the wrong length", () => {
    expectClienteleError(() => trackingCurve(published, { periods: 3 }), "invalid_input");
    expectClienteleError(
      () => trackingCurve(published, { periods: 3, firstPurchaseTimes: [0], cohorts: [] }),
      "invalid_input",
    );
    expect(
      issuePaths(
        expectClienteleError(
          () => trackingCurve(published, { periods: 3, firstPurchaseTimes: [0, -1] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.firstPurchaseTimes[1]"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => trackingCurve(published, { periods: 3, firstPurchaseTimes: [0], actual: [1, 2] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.actual"]);
    expect(
      issuePaths(
        expectClienteleError(() => trackingCurve(published, { periods: 0, firstPurchaseTimes: [0] }), "invalid_input"),
      ),
    ).toEqual(["options.periods"]);
  });

  it("does not mutate its input; cumulative expectations are non-decreasing (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: 1, maxLength: 20 }), (times) => {
        const copy = [...times];
        const rows = trackingCurve(published, { firstPurchaseTimes: times, periods: 40 });
        expect(times).toEqual(copy);
        for (let k = 1; k < rows.length; k++) {
          expect(rows[k]!.expectedCumulative).toBeGreaterThanOrEqual(rows[k - 1]!.expectedCumulative);
        }
      }),
      { numRuns: 30 },
    );
  });
});
