import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateBgNbd } from "../../../src/clv/bgNbd/simulateBgNbd.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const G1 = { params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, T: 52, seed: 42 } as const;

describe("simulateBgNbd", () => {
  it("reproduces G1 customers 0–4 of peer-reference.md: (x, t_x) = (0, 0), (1, 0.4359…), (1, 19.7043…), (1, 1.2524…), (0, 0)", () => {
    const sim = simulateBgNbd({ ...G1, customers: 5 });
    expect([...sim.frequency]).toEqual([0, 1, 1, 1, 0]);
    // NOTE: reals may differ from numpy in the last bit where Math.log differs by one ulp.
    const expected = [0, 0.43593078140896846, 19.704378437756933, 1.2524886491813638, 0];
    for (let i = 0; i < 5; i++)
      expectClose(sim.recency[i]!, expected[i]!, { rel: 1e-15, abs: 0 }, `t_x of customer ${i}`);
    expect([...sim.T]).toEqual([52, 52, 52, 52, 52]);
    expect([...sim.customerId]).toEqual([0, 1, 2, 3, 4]);
  });

  it("reproduces the G1 check sums of the first 100,000 customers: Σx = 158,274, 51,569 zeros, Σt_x = 1,270,599.318643", () => {
    const sim = simulateBgNbd({ ...G1, customers: 100_000 });
    let sx = 0;
    let zeros = 0;
    let stx = 0;
    for (let i = 0; i < 100_000; i++) {
      sx += sim.frequency[i]!;
      if (sim.frequency[i] === 0) zeros++;
      stx += sim.recency[i]!;
    }
    expect(sx).toBe(158_274);
    expect(zeros).toBe(51_569);
    expectClose(stx, 1_270_599.318643, { rel: 1e-9 });
  });

  it("gives customer i the same history whatever the number of customers (counter-based streams)", () => {
    const small = simulateBgNbd({ ...G1, customers: 50 });
    const large = simulateBgNbd({ ...G1, customers: 500 });
    expect(large.frequency.subarray(0, 50)).toEqual(small.frequency);
    expect(large.recency.subarray(0, 50)).toEqual(small.recency);
  });

  it("accepts one T per customer, and T = 0 gives no purchases", () => {
    const sim = simulateBgNbd({ ...G1, customers: 3, T: [0, 52, 10] });
    expect([...sim.T]).toEqual([0, 52, 10]);
    expect(sim.frequency[0]).toBe(0);
    expect(sim.recency[1]).toBe(simulateBgNbd({ ...G1, customers: 3 }).recency[1]);
  });

  it("produces valid summaries: integer x, 0 ≤ t_x ≤ T, t_x = 0 when x = 0 (property over parameters and seeds)", () => {
    const positive = fc.double({ min: 0.05, max: 20, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, positive, fc.nat({ max: 2 ** 40 }), (r, alpha, a, b, seed) => {
        const sim = simulateBgNbd({ params: { r, alpha, a, b }, customers: 30, T: 20, seed });
        for (let i = 0; i < 30; i++) {
          const x = sim.frequency[i]!;
          const tx = sim.recency[i]!;
          expect(Number.isInteger(x) && x >= 0).toBe(true);
          expect(tx >= 0 && tx <= 20).toBe(true);
          if (x === 0) expect(tx).toBe(0);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("does not mutate its input (a T array)", () => {
    const T = [5, 6, 7];
    const options = { ...G1, customers: 3, T };
    simulateBgNbd(options);
    expect(T).toEqual([5, 6, 7]);
  });

  it("rejects bad options with paths (params.r, customers, seed, T, T[i])", () => {
    let e = expectClienteleError(
      () => simulateBgNbd({ params: { r: 0, alpha: 4, a: 0.8, b: 2.5 }, customers: 1.5, T: 52, seed: -1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["customers", "params.r", "seed"]);
    e = expectClienteleError(() => simulateBgNbd({ ...G1, customers: 2, T: [1, Number.NaN] }), "invalid_input");
    expect(issuePaths(e)).toEqual(["T[1]"]);
    e = expectClienteleError(() => simulateBgNbd({ ...G1, customers: 3, T: [1, 2] }), "invalid_input");
    expect(issuePaths(e)).toEqual(["T"]);
    e = expectClienteleError(() => simulateBgNbd({ ...G1, customers: 3, T: -1 }), "invalid_input");
    expect(issuePaths(e)).toEqual(["T"]);
  });

  it("throws domain_error when a customer would make more than 10⁶ purchases", () => {
    const e = expectClienteleError(
      () => simulateBgNbd({ params: { r: 1e6, alpha: 1, a: 1e-9, b: 1e9 }, customers: 1, T: 100, seed: 1 }),
      "domain_error",
    );
    expect(e.message).toMatch(/^simulateBgNbd: customer 0 would make more than 1,000,000 purchases/);
  });

  it("rejects customers past the documented 10⁷ with invalid_input, not an allocation RangeError at 2³² − 1 (issue 17, item 10)", () => {
    for (const customers of [4294967295, 10_000_001]) {
      const e = expectClienteleError(() => simulateBgNbd({ ...G1, customers }), "invalid_input");
      expect(issuePaths(e)).toEqual(["customers"]);
    }
  });
});
