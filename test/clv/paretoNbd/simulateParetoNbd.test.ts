import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateParetoNbd } from "../../../src/clv/paretoNbd/simulateParetoNbd.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 };

describe("simulateParetoNbd", () => {
  it("is reproducible, and customer i does not depend on how many customers are drawn", () => {
    const a = simulateParetoNbd({ params, customers: 50, T: 52, seed: 4 });
    const b = simulateParetoNbd({ params, customers: 20, T: 52, seed: 4 });
    expect(a).toEqual(simulateParetoNbd({ params, customers: 50, T: 52, seed: 4 }));
    expect([...a.frequency.subarray(0, 20)]).toEqual([...b.frequency]);
    expect([...a.recency.subarray(0, 20)]).toEqual([...b.recency]);
  });

  it("returns valid summaries (integer x ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0) for any T", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.nat(1000), (T, seed) => {
        const sim = simulateParetoNbd({ params, customers: 20, T, seed });
        for (let i = 0; i < 20; i++) {
          const x = sim.frequency[i]!;
          const tx = sim.recency[i]!;
          expect(Number.isInteger(x) && x >= 0 && tx >= 0 && tx <= T && (x > 0 || tx === 0)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("rejects bad options with invalid_input and paths", () => {
    const e = expectClienteleError(
      () => simulateParetoNbd({ params: { ...params, s: 0 }, customers: 1.5, T: 52, seed: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["customers", "params.s"]);
  });

  it("does not mutate its input", () => {
    const T = [10, 20];
    const options = { params: { ...params }, customers: 2, T, seed: 1 };
    const copy = structuredClone(options);
    simulateParetoNbd(options);
    expect(options).toEqual(copy);
  });
});
