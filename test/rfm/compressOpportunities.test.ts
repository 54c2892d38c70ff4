import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../src/clv/bgBb/fitBgBb.ts";
import { simulateBgBb } from "../../src/clv/bgBb/simulateBgBb.ts";
import type { TransactionInput } from "../../src/customers/TransactionSchema.ts";
import { compressOpportunities } from "../../src/rfm/compressOpportunities.ts";
import { summarizeOpportunities } from "../../src/rfm/summarizeOpportunities.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("compressOpportunities", () => {
  it("groups identical (frequency, recency, opportunities) with counts, sorted", () => {
    expect(
      compressOpportunities([
        { frequency: 2, recency: 3, opportunities: 6 },
        { frequency: 0, recency: 0, opportunities: 6 },
        { frequency: 2, recency: 3, opportunities: 6 },
        { frequency: 0, recency: 0, opportunities: 5 },
        { frequency: 1, recency: 1, opportunities: 6, count: 4 },
        { frequency: 1, recency: 2, opportunities: 6, count: 0 },
      ]),
    ).toEqual([
      { frequency: 0, recency: 0, opportunities: 5, count: 1 },
      { frequency: 0, recency: 0, opportunities: 6, count: 1 },
      { frequency: 1, recency: 1, opportunities: 6, count: 4 },
      { frequency: 2, recency: 3, opportunities: 6, count: 2 },
    ]);
  });

  it("turns a donations-like simulated log into the simulated patterns, which fitBgBb fits", () => {
    const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };
    const sim = simulateBgBb({ params, customers: 3000, opportunities: 6, seed: 11 });
    // Each donor is acquired in 1995 and gives in years 1995 + t for x opportunities ending at t_x.
    const log: TransactionInput[] = [];
    for (let i = 0; i < sim.frequency.length; i++) {
      const x = sim.frequency[i]!;
      const tx = sim.recency[i]!;
      log.push({ customerId: i, timestamp: "1995-07-01", amount: 10 });
      for (let t = 1; t < x; t++) log.push({ customerId: i, timestamp: `${1995 + t}-03-15`, amount: 10 });
      if (x > 0) log.push({ customerId: i, timestamp: `${1995 + tx}-11-30`, amount: 10 });
    }
    const { rows } = summarizeOpportunities(log, {
      period: "year",
      calibrationPeriods: 6,
      holdoutPeriods: 0,
      observationEnd: "2001-12-31",
    });
    const table = compressOpportunities(rows);
    expect(table).toEqual(compressOpportunities(sim));
    expect(table.reduce((s, p) => s + p.count, 0)).toBe(3000);
    expect(table.length).toBeLessThanOrEqual(22); // at most 1 + n(n+1)/2 patterns for n = 6
    const fit = fitBgBb(table, { unit: "year" });
    expect(fit.converged).toBe(true);
  });

  it("rejects impossible rows with invalid_input at their path", () => {
    const error = expectClienteleError(
      () =>
        compressOpportunities([
          { frequency: 1, recency: 1, opportunities: 6 },
          { frequency: 3, recency: 2, opportunities: 6 },
        ]),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["rows[1].frequency"]);
    expect(error.message).toMatch(/^compressOpportunities: /);
  });

  it("fails with insufficient_data on no rows", () => {
    expectClienteleError(() => compressOpportunities([]), "insufficient_data");
  });

  const arbRows = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }))
      .map(([a, b, c]) => {
        const [x, tx, n] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
        return { frequency: x, recency: x === 0 ? 0 : tx, opportunities: n };
      }),
    { minLength: 1, maxLength: 50 },
  );

  it("pattern counts sum to the number of customers and patterns are distinct and sorted (property)", () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const table = compressOpportunities(rows);
        expect(table.reduce((s, p) => s + p.count, 0)).toBe(rows.length);
        const keys = table.map((p) => [p.frequency, p.recency, p.opportunities]);
        const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
        expect(keys).toEqual(sorted);
        expect(new Set(keys.map(String)).size).toBe(keys.length);
      }),
    );
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const before = structuredClone(rows);
        compressOpportunities(rows);
        expect(rows).toEqual(before);
      }),
    );
  });
});
