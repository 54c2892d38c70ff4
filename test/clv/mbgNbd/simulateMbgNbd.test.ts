import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateMbgNbd } from "../../../src/clv/mbgNbd/simulateMbgNbd.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { r: 0.5, alpha: 6, a: 0.9, b: 1.6 };

describe("simulateMbgNbd", () => {
  it("is reproducible, and customer i does not depend on how many customers are drawn", () => {
    const a = simulateMbgNbd({ params, customers: 50, T: 52, seed: 4 });
    const b = simulateMbgNbd({ params, customers: 20, T: 52, seed: 4 });
    expect(a).toEqual(simulateMbgNbd({ params, customers: 50, T: 52, seed: 4 }));
    expect([...a.frequency.subarray(0, 20)]).toEqual([...b.frequency]);
    expect([...a.recency.subarray(0, 20)]).toEqual([...b.recency]);
  });

  it("returns valid summaries (integer x ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0) for any T", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.nat(1000), (T, seed) => {
        const sim = simulateMbgNbd({ params, customers: 20, T, seed });
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
      () => simulateMbgNbd({ params: { ...params, a: 0 }, customers: 1.5, T: 52, seed: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["customers", "params.a"]);
  });

  it("does not mutate its input", () => {
    const T = [10, 20];
    const options = { params: { ...params }, customers: 2, T, seed: 1 };
    const copy = structuredClone(options);
    simulateMbgNbd(options);
    expect(options).toEqual(copy);
  });
});
