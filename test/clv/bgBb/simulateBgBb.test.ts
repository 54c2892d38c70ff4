import { describe, expect, it } from "vitest";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };

describe("simulateBgBb", () => {
  it("is reproducible from its seed, and customer i does not depend on the number of customers", () => {
    const a = simulateBgBb({ params, customers: 1000, opportunities: 6, seed: 3 });
    const b = simulateBgBb({ params, customers: 10, opportunities: 6, seed: 3 });
    expect([...b.frequency]).toEqual([...a.frequency.slice(0, 10)]);
    expect([...b.recency]).toEqual([...a.recency.slice(0, 10)]);
    const c = simulateBgBb({ params, customers: 1000, opportunities: 6, seed: 4 });
    expect([...c.frequency]).not.toEqual([...a.frequency]);
  });

  it("gives valid patterns: 0 ≤ x ≤ t_x ≤ n and x = 0 exactly when t_x = 0", () => {
    const sim = simulateBgBb({ params, customers: 5000, opportunities: 12, seed: 9 });
    for (let i = 0; i < 5000; i++) {
      const x = sim.frequency[i]!;
      const tx = sim.recency[i]!;
      expect(x).toBeLessThanOrEqual(tx);
      expect(tx).toBeLessThanOrEqual(12);
      expect(x === 0).toBe(tx === 0);
      expect(sim.opportunities[i]).toBe(12);
    }
  });

  it("handles tiny shapes without NaN", () => {
    const sim = simulateBgBb({
      params: { alpha: 1e-3, beta: 1e-3, gamma: 1e-3, delta: 1e-3 },
      customers: 500,
      opportunities: 20,
      seed: 1,
    });
    expect(sim.frequency.every((x) => Number.isInteger(x))).toBe(true);
  });

  it("rejects bad options with their paths", () => {
    const error = expectClienteleError(
      () => simulateBgBb({ params: { ...params, alpha: -1 }, customers: 0, opportunities: 1.5, seed: 1 }),
      "invalid_input",
    );
    expect(issuePaths(error).sort()).toEqual(["customers", "opportunities", "params.alpha"]);
  });

  it("simulates holdout opportunities without changing the calibration patterns, and counts transactions per opportunity", () => {
    const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };
    const calibration = simulateBgBb({ params, customers: 3000, opportunities: 6, seed: 11 });
    const both = simulateBgBb({ params, customers: 3000, opportunities: 6, holdoutOpportunities: 5, seed: 11 });
    expect(both.frequency).toEqual(calibration.frequency);
    expect(both.recency).toEqual(calibration.recency);
    expect(calibration.holdoutFrequency.every((v) => v === 0)).toBe(true);
    expect(calibration.purchasesByOpportunity).toHaveLength(6);
    expect(both.purchasesByOpportunity).toHaveLength(11);
    const sum = (a: ArrayLike<number>, from = 0, to = a.length) => {
      let s = 0;
      for (let i = from; i < to; i++) s += a[i]!;
      return s;
    };
    expect(sum(both.purchasesByOpportunity, 0, 6)).toBe(sum(both.frequency));
    expect(sum(both.purchasesByOpportunity, 6)).toBe(sum(both.holdoutFrequency));
    expect(sum(both.holdoutFrequency)).toBeGreaterThan(0);
    for (let i = 0; i < 3000; i++) expect(both.holdoutFrequency[i]).toBeLessThanOrEqual(5);
  });
});
