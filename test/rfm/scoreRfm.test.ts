import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { defaultRfmSegments } from "../../src/rfm/defaultRfmSegments.ts";
import { scoreRfm } from "../../src/rfm/scoreRfm.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const five = [
  { customerId: "a", frequency: 6, recency: 37, T: 38, monetaryValue: 40 },
  { customerId: "b", frequency: 0, recency: 0, T: 30, monetaryValue: 0 },
  { customerId: "c", frequency: 2, recency: 10, T: 38, monetaryValue: 25 },
  { customerId: "d", frequency: 1, recency: 2, T: 38, monetaryValue: 15 },
  { customerId: "e", frequency: 4, recency: 30, T: 31, monetaryValue: 30 },
];

describe("scoreRfm", () => {
  it("scores R on the time since the last purchase (T − recency), not on the models' recency", () => {
    const { rows } = scoreRfm(five);
    expect(rows.map((r) => r.timeSinceLastPurchase)).toEqual([1, 30, 28, 36, 1]);
    expect(rows.map((r) => r.code)).toEqual(["455", "211", "333", "122", "444"]);
    expect(rows.map((r) => r.segment)).toEqual(["loyal", "hibernating", "need attention", "hibernating", "loyal"]);
  });

  it("gives equal values the same score (1 + ⌊5·worse/n⌋), skipping scores when many tie", () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      customerId: i,
      frequency: i < 6 ? 0 : i - 5, // 60 % zeros
      recency: 0,
      T: 10,
      monetaryValue: 1,
    })).map((r) => ({ ...r, recency: r.frequency === 0 ? 0 : 1 }));
    const { rows: scored } = scoreRfm(rows);
    expect(scored.map((r) => r.frequencyScore)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(new Set(scored.map((r) => r.monetaryScore))).toEqual(new Set([1]));
  });

  it("treats times since the last purchase that differ only by rounding as ties", () => {
    const { rows } = scoreRfm([
      { customerId: "a", frequency: 1, recency: 10 / 7, T: 38 / 7, monetaryValue: 1 },
      { customerId: "b", frequency: 1, recency: 2 / 7, T: 30 / 7, monetaryValue: 1 },
    ]);
    expect(rows[0]!.recencyScore).toBe(rows[1]!.recencyScore);
  });

  it("counts customers per segment in table order, including empty segments, and never drops one", () => {
    const { rows } = summarizeTransactions(loadCdnowSample(), {
      unit: "week",
      calibrationEnd: "1997-09-30",
      observationEnd: "1998-06-30",
    });
    const scoring = scoreRfm(rows);
    expect(scoring.segments.map((s) => s.segment)).toEqual(defaultRfmSegments.map((s) => s.name));
    expect(scoring.unsegmented).toBe(0);
    expect(scoring.segments.reduce((n, s) => n + s.customers, 0)).toBe(2357);
  });

  it("uses an edited table: first match wins, unmatched customers counted as unsegmented", () => {
    const scoring = scoreRfm(five, {
      segments: [
        { name: "top spenders", recency: [1, 5], frequency: [1, 5], monetary: [5, 5] },
        { name: "recent", recency: [4, 5], frequency: [1, 5] },
      ],
    });
    expect(scoring.rows.map((r) => r.segment)).toEqual(["top spenders", undefined, undefined, undefined, "recent"]);
    expect(scoring.segments).toEqual([
      { segment: "top spenders", customers: 1 },
      { segment: "recent", customers: 1 },
    ]);
    expect(scoring.unsegmented).toBe(3);
  });

  it("rejects bad segment tables (range outside 1–5, min > max, duplicate names)", () => {
    const bad = expectClienteleError(
      () => scoreRfm(five, { segments: [{ name: "x", recency: [0, 5], frequency: [4, 2] }] as never }),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["options.segments[0].recency[0]", "options.segments[0].frequency"]);
    const dup = expectClienteleError(
      () =>
        scoreRfm(five, {
          segments: [
            { name: "x", recency: [1, 5], frequency: [1, 5] },
            { name: "x", recency: [1, 5], frequency: [1, 5] },
          ],
        }),
      "invalid_input",
    );
    expect(issuePaths(dup)).toEqual(["options.segments[1].name"]);
  });

  it("requires monetaryValue on every row, and at least one row", () => {
    const e = expectClienteleError(
      () => scoreRfm([{ customerId: "a", frequency: 0, recency: 0, T: 1 }]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["summaries[0].monetaryValue"]);
    expectClienteleError(() => scoreRfm([]), "insufficient_data");
  });

  it("keeps scores in 1–5, does not depend on row order, and does not mutate its input (property)", () => {
    const row = fc.record({
      frequency: fc.integer({ min: 0, max: 5 }),
      gap: fc.integer({ min: 0, max: 20 }),
      T: fc.integer({ min: 20, max: 40 }),
      monetaryValue: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (raw) => {
        const rows = raw.map((r, i) => ({
          customerId: i,
          frequency: r.frequency,
          recency: r.frequency === 0 ? 0 : r.T - r.gap,
          T: r.T,
          monetaryValue: r.monetaryValue,
        }));
        const copy = structuredClone(rows);
        const scored = scoreRfm(rows).rows;
        expect(rows).toEqual(copy);
        for (const s of scored) {
          for (const v of [s.recencyScore, s.frequencyScore, s.monetaryScore]) expect(v >= 1 && v <= 5).toBe(true);
        }
        const reversed = scoreRfm([...rows].reverse()).rows;
        expect([...reversed].reverse()).toEqual(scored);
      }),
    );
  });
});

describe("scoreRfm with an outlier", () => {
  it("keeps quintiles among 1,000 ordinary monetary values when one customer spends 1e12 (all scored 1 before)", () => {
    const summaries = Array.from({ length: 1001 }, (_, i) => ({
      customerId: `c${i}`,
      frequency: 1,
      recency: 1,
      T: 2,
      monetaryValue: i === 1000 ? 1e12 : i + 1,
    }));
    const { rows } = scoreRfm(summaries);
    const counts = [0, 0, 0, 0, 0];
    for (const row of rows.slice(0, 1000)) counts[row.monetaryScore - 1]!++;
    expect(counts).toEqual([201, 200, 200, 200, 199]);
    expect(rows[1000]?.monetaryScore).toBe(5);
  });

  it("still treats rounding-sized differences as ties", () => {
    const T = 38.857142857142854;
    const summaries = [
      { customerId: "a", frequency: 1, recency: T, T, monetaryValue: 5 },
      { customerId: "b", frequency: 1, recency: T - 1e-14, T, monetaryValue: 5 },
      { customerId: "c", frequency: 1, recency: 1, T, monetaryValue: 5 },
    ];
    const { rows } = scoreRfm(summaries);
    expect(rows[0]?.recencyScore).toBe(rows[1]?.recencyScore);
    expect(rows[2]?.recencyScore).toBeLessThan(rows[0]!.recencyScore);
  });

  it("refuses a repeated customer id at its second occurrence (issue 17, item 13)", () => {
    const rows = [
      { customerId: "a", frequency: 1, recency: 2, T: 5, monetaryValue: 10 },
      { customerId: "b", frequency: 0, recency: 0, T: 5, monetaryValue: 0 },
      { customerId: "a", frequency: 0, recency: 0, T: 4, monetaryValue: 0 },
    ];
    expect(issuePaths(expectClienteleError(() => scoreRfm(rows), "invalid_input"))).toEqual([
      "summaries[2].customerId",
    ]);
  });
});
