import { describe, expect, it } from "vitest";
import { simulateShiftedBetaGeometric } from "../../../src/clv/shiftedBetaGeometric/simulateShiftedBetaGeometric.ts";
import { survivalCurve } from "../../../src/clv/shiftedBetaGeometric/survivalCurve.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("simulateShiftedBetaGeometric", () => {
  it("is reproducible, and customer i does not depend on how many customers are drawn", () => {
    const options = { params: { alpha: 0.704, beta: 1.182 }, customers: 500, periods: 7, seed: 2007 };
    const a = simulateShiftedBetaGeometric(options);
    expect(simulateShiftedBetaGeometric(options)).toEqual(a);
    const more = simulateShiftedBetaGeometric({ ...options, customers: 800 });
    expect(more.durations.slice(0, 500)).toEqual(a.durations);
    expect([...more.churnProbabilities.subarray(0, 500)]).toEqual([...a.churnProbabilities]);
    expect(simulateShiftedBetaGeometric({ ...options, seed: 2008 }).durations).not.toEqual(a.durations);
  });

  it("returns survivor counts consistent with the durations: survivors[t] = customers with T > t", () => {
    const sim = simulateShiftedBetaGeometric({ params: { alpha: 1, beta: 2 }, customers: 3000, periods: 10, seed: 9 });
    expect(sim.survivors).toHaveLength(11);
    expect(sim.survivors[0]).toBe(3000);
    for (let t = 0; t <= 10; t++) {
      const alive = sim.durations.filter((d) => !d.churned || d.periods > t).length;
      expect(sim.survivors[t]).toBe(alive);
      if (t > 0) expect(sim.survivors[t]!).toBeLessThanOrEqual(sim.survivors[t - 1]!);
    }
    for (const d of sim.durations) if (!d.churned) expect(d.periods).toBe(10);
  });

  it("draws survival shares within 4 binomial standard errors of S(t) (100,000 customers)", () => {
    const params = { alpha: 0.668, beta: 3.806 };
    const n = 100_000;
    const sim = simulateShiftedBetaGeometric({ params, customers: n, periods: 12, seed: 1 });
    const s = survivalCurve({ model: "shifted-beta-geometric", params, unit: "year" }, 12);
    for (let t = 1; t <= 12; t++) {
      const se = Math.sqrt((s[t]! * (1 - s[t]!)) / n);
      expect(Math.abs(sim.survivors[t]! / n - s[t]!), `t = ${t}`).toBeLessThan(4 * se);
    }
  });

  it("has no NaN for extreme parameters over 500 periods", () => {
    for (const params of [
      { alpha: 1e-6, beta: 1e-6 },
      { alpha: 1e6, beta: 1e-6 },
      { alpha: 1e-6, beta: 1e6 },
      { alpha: 1e6, beta: 1e6 },
    ]) {
      const sim = simulateShiftedBetaGeometric({ params, customers: 200, periods: 500, seed: 3 });
      expect(sim.survivors.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      expect(sim.durations.every((d) => Number.isInteger(d.periods) && d.periods >= 1)).toBe(true);
      expect([...sim.churnProbabilities].every((p) => p >= 0 && p <= 1)).toBe(true);
    }
  });

  it("does not mutate its input", () => {
    const options = { params: { alpha: 1, beta: 1 }, customers: 5, periods: 2, seed: 0 };
    const copy = structuredClone(options);
    simulateShiftedBetaGeometric(options);
    expect(options).toEqual(copy);
  });

  it("rejects bad options with paths", () => {
    const e = expectClienteleError(
      () => simulateShiftedBetaGeometric({ params: { alpha: 0, beta: 1 }, customers: 0, periods: 1.5, seed: -1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["customers", "params.alpha", "periods", "seed"]);
  });
});
