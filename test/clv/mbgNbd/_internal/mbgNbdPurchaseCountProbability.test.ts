import { describe, expect, it } from "vitest";
import { mbgNbdConditionalExpectedPurchases } from "../../../../src/clv/mbgNbd/_internal/mbgNbdConditionalExpectedPurchases.ts";
import { mbgNbdPurchaseCountProbability } from "../../../../src/clv/mbgNbd/_internal/mbgNbdPurchaseCountProbability.ts";
import { simulateMbgNbd } from "../../../../src/clv/mbgNbd/simulateMbgNbd.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { r: 0.524838, alpha: 6.182988, a: 0.891356, b: 1.614 };

describe("mbgNbdPurchaseCountProbability", () => {
  it("sums to 1 over n and has mean E[X(t)] (t = 39)", () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const p = mbgNbdPurchaseCountProbability(params, n, 39);
      total += p;
      mean += n * p;
    }
    expectClose(total, 1, { abs: 1e-10 });
    expectClose(mean, mbgNbdConditionalExpectedPurchases(params, 39)(0, 0, 0), { rel: 1e-8 });
  });

  it("gives 1 for n = 0 at t = 0", () => {
    expect(mbgNbdPurchaseCountProbability(params, 0, 0)).toBeCloseTo(1, 15);
    expect(mbgNbdPurchaseCountProbability(params, 2, 0)).toBe(0);
  });

  it("matches the frequencies of 100,000 simulated customers for n = 0, 1, 2 within 4 standard errors", () => {
    const sim = simulateMbgNbd({ params, customers: 100_000, T: 39, seed: 21 });
    for (const n of [0, 1, 2]) {
      let count = 0;
      for (const x of sim.frequency) if (x === n) count++;
      const p = mbgNbdPurchaseCountProbability(params, n, 39);
      const se = Math.sqrt((p * (1 - p)) / 100_000);
      expect(Math.abs(count / 100_000 - p), `n = ${n}`).toBeLessThan(4 * se);
    }
  });
});
