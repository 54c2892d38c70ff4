import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../../examples/_data/cdnow.ts";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { trackingCurve } from "../../../src/clv/checking/trackingCurve.ts";
import { expectedPurchases } from "../../../src/clv/predictions/expectedPurchases.ts";
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

  describe("BG/BB (Fader, Hardie & Shang 2010)", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

    it("tracks the 11,104 donors of 1995 over 1996–2006 as 11,104 × E[X(n)] of FHS 2010 eq. 7 (1e-12)", () => {
      const rows = trackingCurve(donations, { cohorts: [{ time: 0, customers: 11_104 }], periods: 11 });
      expect(rows).toHaveLength(11);
      rows.forEach((row, k) => {
        expectClose(row.expectedCumulative, 11_104 * expectedPurchases(donations, k + 1), { rel: 1e-12 });
        expect(row.end).toBe(k + 1);
      });
    });

    it("matches simulated transactions per opportunity within 4 standard errors in calibration and holdout", () => {
      const customers = 20_000;
      const sim = simulateBgBb({
        params: donations.params,
        customers,
        opportunities: 6,
        holdoutOpportunities: 5,
        seed: 5,
      });
      const rows = trackingCurve(donations, {
        cohorts: [{ time: 0, customers }],
        periods: 11,
        actual: sim.purchasesByOpportunity,
      });
      for (const row of rows) {
        const q = row.expectedIncremental / customers; // marginal P(transaction at this opportunity)
        const se = Math.sqrt(customers * q * (1 - q));
        expect(Math.abs(row.actualIncremental! - row.expectedIncremental)).toBeLessThan(4 * se);
      }
    });

    it("requires whole numbers of opportunities for the period and the acquisition times", () => {
      const paths = (options: Parameters<typeof trackingCurve>[1]) =>
        issuePaths(expectClienteleError(() => trackingCurve(donations, options), "invalid_input"));
      expect(paths({ cohorts: [{ time: 0, customers: 10 }], periods: 3, period: 0.5 })).toEqual(["options.period"]);
      expect(
        paths({
          cohorts: [
            { time: 1, customers: 10 },
            { time: 1.5, customers: 3 },
          ],
          periods: 3,
        }),
      ).toEqual(["options.cohorts[1].time"]);
      expect(paths({ firstPurchaseTimes: [0, 2.25], periods: 3 })).toEqual(["options.firstPurchaseTimes[1]"]);
    });
  });
});
