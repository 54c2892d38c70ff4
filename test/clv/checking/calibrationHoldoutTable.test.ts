import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { calibrationHoldoutTable } from "../../../src/clv/checking/calibrationHoldoutTable.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { summarizeOpportunities } from "../../../src/rfm/summarizeOpportunities.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

const published: CountModel = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
};

describe("calibrationHoldoutTable", () => {
  const { summary, fit } = loadCdnowHoldout();

  it("bins CDNOW customers by calibration frequency 0…6, 7+ with FHL 2005's counts (1411, 439, 214, 100, 62, 38, 29, 64) and their mean holdout purchases", () => {
    const rows = calibrationHoldoutTable(fit, summary);
    expect(rows.map((r) => r.label)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    expect(rows.map((r) => r.customers)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    // Σ customers × actual = total holdout repeat purchases 1,882 (test/fixtures/cdnow/README.md).
    expectClose(
      rows.reduce((s, r) => s + r.customers * r.actualHoldout, 0),
      1882,
      { rel: 1e-12 },
    );
  });

  it("gives each bin the mean of the customers' conditional expectations over the 39-week holdout, computed one by one (1e-12 relative)", () => {
    // NOTE: FHL 2005 publish this comparison only as a figure (Figure 5), so the check is against an
    // independent computation with the public conditionalExpectedPurchases, customer by customer.
    const rows = calibrationHoldoutTable(fit, summary, { maxFrequency: 7 });
    const sums = new Array<number>(8).fill(0);
    const actual = new Array<number>(8).fill(0);
    const counts = new Array<number>(8).fill(0);
    for (const c of summary.rows) {
      const bin = Math.min(7, c.frequency);
      sums[bin]! += conditionalExpectedPurchases(fit, c.holdoutDuration!, c);
      actual[bin]! += c.holdoutFrequency!;
      counts[bin]! += 1;
    }
    rows.forEach((row, i) => {
      expectClose(row.expectedHoldout, sums[i]! / counts[i]!, { rel: 1e-12 }, `bin ${row.label}`);
      expectClose(row.actualHoldout, actual[i]! / counts[i]!, { rel: 1e-12 }, `bin ${row.label}`);
    });
    // Expectations grow with calibration frequency (the classic shape of the figure).
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.expectedHoldout).toBeGreaterThan(rows[i - 1]!.expectedHoldout);
  });

  it("accepts the rows and columns forms and gives the same table", () => {
    const rows = summary.rows;
    const columns = {
      customerId: rows.map((r) => r.customerId),
      frequency: rows.map((r) => r.frequency),
      recency: rows.map((r) => r.recency),
      T: rows.map((r) => r.T),
      holdoutFrequency: rows.map((r) => r.holdoutFrequency!),
      holdoutDuration: rows.map((r) => r.holdoutDuration!),
    };
    const expected = calibrationHoldoutTable(fit, summary, { maxFrequency: 3 });
    expect(calibrationHoldoutTable(fit, rows, { maxFrequency: 3 })).toEqual(expected);
    expect(calibrationHoldoutTable(fit, columns, { maxFrequency: 3 })).toEqual(expected);
  });

  it("leaves out empty bins and labels the last bin max+", () => {
    const rows = calibrationHoldoutTable(
      published,
      [
        { customerId: "a", frequency: 0, recency: 0, T: 38, holdoutFrequency: 0, holdoutDuration: 39 },
        { customerId: "b", frequency: 5, recency: 30, T: 38, holdoutFrequency: 3, holdoutDuration: 39 },
      ],
      { maxFrequency: 2 },
    );
    expect(rows.map((r) => [r.frequency, r.label, r.customers, r.actualHoldout])).toEqual([
      [0, "0", 1, 0],
      [2, "2+", 1, 3],
    ]);
  });

  it("uses each customer's own holdout length", () => {
    const rows = calibrationHoldoutTable(published, [
      { customerId: "a", frequency: 1, recency: 5, T: 10, holdoutFrequency: 0, holdoutDuration: 10 },
      { customerId: "b", frequency: 1, recency: 5, T: 10, holdoutFrequency: 0, holdoutDuration: 20 },
    ]);
    const c = { frequency: 1, recency: 5, T: 10 };
    const mean = (conditionalExpectedPurchases(published, 10, c) + conditionalExpectedPurchases(published, 20, c)) / 2;
    expectClose(rows[0]!.expectedHoldout, mean, { rel: 1e-14 });
  });

  it("throws invalid_input naming each customer without holdout fields, and for a summary in another unit", () => {
    const e = expectClienteleError(
      () =>
        calibrationHoldoutTable(published, [{ customerId: "a", frequency: 0, recency: 0, T: 3, holdoutDuration: 1 }]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["summaries[0].holdoutFrequency"]);
    const days = { ...summary, metadata: { ...summary.metadata, unit: "day" as const } };
    expect(issuePaths(expectClienteleError(() => calibrationHoldoutTable(fit, days), "invalid_input"))).toEqual([
      "summaries.metadata.unit",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => calibrationHoldoutTable(fit, summary, { maxFrequency: 0 }), "invalid_input"),
      ),
    ).toEqual(["options.maxFrequency"]);
    expectClienteleError(() => calibrationHoldoutTable(fit, []), "insufficient_data");
    expect(
      issuePaths(
        expectClienteleError(() => calibrationHoldoutTable({ ...published, model: "x" } as never, []), "invalid_input"),
      ),
    ).toEqual(["fit.model"]);
  });

  it("does not mutate its input and its means are finite and ≥ 0 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            frequency: fc.integer({ min: 0, max: 12 }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
            T: fc.double({ min: 0, max: 60, noNaN: true }),
            holdoutFrequency: fc.integer({ min: 0, max: 10 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (specs) => {
          const rows = specs.map((s, i) => ({
            customerId: String(i),
            frequency: s.frequency,
            recency: s.frequency === 0 ? 0 : s.share * s.T,
            T: s.T,
            holdoutFrequency: s.holdoutFrequency,
            holdoutDuration: 39,
          }));
          const copy = structuredClone(rows);
          const table = calibrationHoldoutTable(published, rows);
          expect(rows).toEqual(copy);
          expect(table.reduce((s, r) => s + r.customers, 0)).toBe(rows.length);
          for (const r of table) {
            expect(Number.isFinite(r.expectedHoldout) && r.expectedHoldout >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  describe("BG/BB (Fader, Hardie & Shang 2010)", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    const customers = 20_000;
    const sim = simulateBgBb({
      params: donations.params,
      customers,
      opportunities: 6,
      holdoutOpportunities: 5,
      seed: 9,
    });
    const columns = { ...sim, holdoutOpportunities: new Float64Array(customers).fill(5) };

    it("bins simulated donors by calibration frequency 0…6; each bin's mean holdout is within 4 SE of eq. 13's expectation", () => {
      const rows = calibrationHoldoutTable(donations, columns);
      expect(rows.map((r) => r.frequency)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(rows.reduce((sum, r) => sum + r.customers, 0)).toBe(customers);
      for (const row of rows) {
        let sum = 0;
        let squares = 0;
        for (let i = 0; i < customers; i++) {
          if (sim.frequency[i] !== row.frequency) continue;
          sum += sim.holdoutFrequency[i]!;
          squares += sim.holdoutFrequency[i]! ** 2;
        }
        expectClose(row.actualHoldout, sum / row.customers, { rel: 1e-12 });
        const sd = Math.sqrt(Math.max(squares / row.customers - (sum / row.customers) ** 2, 1e-12));
        expect(Math.abs(row.actualHoldout - row.expectedHoldout)).toBeLessThan(
          (4 * sd) / Math.sqrt(row.customers) + 1e-9,
        );
      }
    });

    it("weights pattern rows by count and gives the table of the expanded customers", () => {
      const patterns = [
        { frequency: 0, recency: 0, opportunities: 6, holdoutFrequency: 0, holdoutOpportunities: 5, count: 30 },
        { frequency: 0, recency: 0, opportunities: 6, holdoutFrequency: 1, holdoutOpportunities: 5, count: 2 },
        { frequency: 3, recency: 5, opportunities: 6, holdoutFrequency: 2, holdoutOpportunities: 5, count: 4 },
        { frequency: 6, recency: 6, opportunities: 6, holdoutFrequency: 5, holdoutOpportunities: 5, count: 0 },
      ];
      const expanded = patterns.flatMap(({ count, ...p }) => Array.from({ length: count }, () => p));
      const table = calibrationHoldoutTable(donations, patterns);
      const one = calibrationHoldoutTable(donations, expanded);
      expect(table.map((r) => [r.label, r.customers])).toEqual(one.map((r) => [r.label, r.customers]));
      table.forEach((row, i) => {
        expectClose(row.actualHoldout, one[i]!.actualHoldout, { rel: 1e-12 });
        expectClose(row.expectedHoldout, one[i]!.expectedHoldout, { rel: 1e-12 });
      });
      expect(table.map((r) => [r.frequency, r.customers, r.actualHoldout])).toEqual([
        [0, 32, 2 / 32],
        [3, 4, 2],
      ]);
      const expected = conditionalExpectedPurchases(donations, 5, { frequency: 3, recency: 5, opportunities: 6 });
      expectClose(table[1]!.expectedHoldout, expected, { rel: 1e-12 });
    });

    it("reads summarizeOpportunities' result, taking n* from metadata.holdoutPeriods", () => {
      const summary = summarizeOpportunities(
        [
          { customerId: "a", timestamp: "2000-03-01", amount: 10 },
          { customerId: "a", timestamp: "2001-05-01", amount: 10 },
          { customerId: "a", timestamp: "2004-05-01", amount: 10 },
          { customerId: "b", timestamp: "2000-06-01", amount: 10 },
        ],
        { period: "year", calibrationPeriods: 3, holdoutPeriods: 2, observationEnd: "2005-12-31" },
      );
      const table = calibrationHoldoutTable(donations, summary, { maxFrequency: 1 });
      expect(table.map((r) => [r.label, r.customers, r.actualHoldout])).toEqual([
        ["0", 1, 0],
        ["1+", 1, 1],
      ]);
      expectClose(
        table[1]!.expectedHoldout,
        conditionalExpectedPurchases(donations, 2, { frequency: 1, recency: 1, opportunities: 3 }),
        { rel: 1e-12 },
      );
    });

    it("throws invalid_input with paths for x* > n*, a missing n*, and a bad count", () => {
      const paths = (data: unknown) =>
        issuePaths(expectClienteleError(() => calibrationHoldoutTable(donations, data as never), "invalid_input"));
      expect(
        paths([{ frequency: 1, recency: 2, opportunities: 6, holdoutFrequency: 6, holdoutOpportunities: 5 }]),
      ).toEqual(["summaries[0].holdoutFrequency"]);
      expect(paths([{ frequency: 1, recency: 2, opportunities: 6, holdoutFrequency: 0 }])).toEqual([
        "summaries[0].holdoutOpportunities",
      ]);
      expect(
        paths({
          frequency: [1],
          recency: [2],
          opportunities: [6],
          holdoutFrequency: [0],
          holdoutOpportunities: [5],
          count: [-1],
        }),
      ).toEqual(["summaries.count[0]"]);
      expect(paths({ frequency: [1], recency: [2], opportunities: [6], holdoutFrequency: [0] })).toEqual([
        "summaries.holdoutOpportunities",
      ]);
    });
  });
});
