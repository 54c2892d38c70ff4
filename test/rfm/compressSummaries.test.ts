import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { compressSummaries } from "../../src/rfm/compressSummaries.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("compressSummaries", () => {
  it("groups identical (frequency, recency, T) triples with counts, sorted", () => {
    expect(
      compressSummaries([
        { customerId: "a", frequency: 2, recency: 10, T: 38 },
        { customerId: "b", frequency: 0, recency: 0, T: 38 },
        { customerId: "c", frequency: 0, recency: 0, T: 30 },
        { customerId: "d", frequency: 0, recency: 0, T: 38, monetaryValue: 0 },
      ]),
    ).toEqual({ frequency: [0, 0, 2], recency: [0, 0, 10], T: [30, 38, 38], count: [1, 2, 1], customers: 4 });
  });

  it("compresses the CDNOW calibration summary (2,357 customers) to 1,016 triples without losing a customer or a purchase", () => {
    const { rows } = summarizeTransactions(loadCdnowSample(), {
      unit: "week",
      calibrationEnd: "1997-09-30",
      observationEnd: "1998-06-30",
    });
    const c = compressSummaries(rows);
    expect(c.customers).toBe(2357);
    expect(c.count.reduce((a, b) => a + b, 0)).toBe(2357);
    expect(c.frequency.reduce((s, x, k) => s + x * c.count[k]!, 0)).toBe(2457);
    expect(c.count).toHaveLength(1016);
  });

  it("accepts columns", () => {
    expect(compressSummaries({ customerId: [1, 2], frequency: [1, 1], recency: [2, 2], T: [5, 5] })).toEqual({
      frequency: [1],
      recency: [2],
      T: [5],
      count: [2],
      customers: 2,
    });
  });

  it("keeps Σcount = customers and one entry per distinct triple (property)", () => {
    const row = fc
      .record({
        frequency: fc.integer({ min: 0, max: 3 }),
        recency: fc.integer({ min: 0, max: 3 }),
        extra: fc.integer({ min: 0, max: 2 }),
      })
      .map((r) => ({ frequency: r.frequency, recency: r.frequency === 0 ? 0 : r.recency, T: r.recency + r.extra }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 50 }), (rows) => {
        const input = rows.map((r, i) => ({ customerId: i, ...r }));
        const copy = structuredClone(input);
        const c = compressSummaries(input);
        expect(input).toEqual(copy); // does not mutate its input
        expect(c.count.reduce((a, b) => a + b, 0)).toBe(rows.length);
        const keys = new Set(rows.map((r) => `${r.frequency},${r.recency},${r.T}`));
        expect(c.count).toHaveLength(keys.size);
      }),
    );
  });

  it("rejects impossible rows (recency > T) with domain_error and empty input with insufficient_data", () => {
    const e = expectClienteleError(
      () => compressSummaries([{ customerId: "a", frequency: 1, recency: 5, T: 4 }]),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["summaries[0].recency"]);
    expectClienteleError(() => compressSummaries([]), "insufficient_data");
  });

  it("needs no customer ids (issue 16, item 8) but refuses repeated ones (issue 17, item 13)", () => {
    const anonymous = [
      { frequency: 0, recency: 0, T: 38 },
      { frequency: 2, recency: 10, T: 38 },
      { frequency: 0, recency: 0, T: 38 },
    ];
    expect(compressSummaries(anonymous)).toEqual({
      frequency: [0, 2],
      recency: [0, 10],
      T: [38, 38],
      count: [2, 1],
      customers: 3,
    });
    const rows = [
      { customerId: "a", frequency: 1, recency: 2, T: 5, monetaryValue: 10 },
      { customerId: "b", frequency: 0, recency: 0, T: 5, monetaryValue: 0 },
      { customerId: "a", frequency: 0, recency: 0, T: 4, monetaryValue: 0 },
    ];
    expect(issuePaths(expectClienteleError(() => compressSummaries(rows), "invalid_input"))).toEqual([
      "summaries[2].customerId",
    ]);
  });
});
