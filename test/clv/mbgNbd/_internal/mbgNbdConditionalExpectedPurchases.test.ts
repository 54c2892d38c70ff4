import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mbgNbdConditionalExpectedPurchases } from "../../../../src/clv/mbgNbd/_internal/mbgNbdConditionalExpectedPurchases.ts";
import { mbgNbdProbabilityAlive } from "../../../../src/clv/mbgNbd/_internal/mbgNbdProbabilityAlive.ts";
import { simulateMbgNbd } from "../../../../src/clv/mbgNbd/simulateMbgNbd.ts";
import { hyp2f1 } from "../../../../src/math/hyp2f1.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { r: 0.524838, alpha: 6.182988, a: 0.891356, b: 1.614 };
const { r, alpha, a, b } = params;

/** lifetimes' ModifiedBetaGeoFitter formula, written out. */
function reference(t: number, x: number, tx: number, T: number): number {
  const z = t / (alpha + T + t);
  const second = 1 - hyp2f1(r + x, b + x + 1, a + b + x, z) * ((alpha + T) / (alpha + T + t)) ** (r + x);
  return ((a + b + x) / (a - 1)) * second * mbgNbdProbabilityAlive(params)(x, tx, T);
}

describe("mbgNbdConditionalExpectedPurchases", () => {
  it("equals lifetimes' MBG/NBD conditional expectation (a+b+x)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; z)] P(alive), x = 0 included", () => {
    for (const [x, tx, T] of [
      [0, 0, 38],
      [0, 0, 0],
      [2, 30, 38],
      [26, 30.86, 31],
    ] as const) {
      expectClose(mbgNbdConditionalExpectedPurchases(params, 52)(x, tx, T), reference(52, x, tx, T), { rel: 1e-9 });
    }
  });

  it("has E[X(t)]/t → b/(a + b) · r/α as t → 0 (t = 1e-12): a new customer is alive with probability b/(a + b)", () => {
    const e = mbgNbdConditionalExpectedPurchases(params, 1e-12)(0, 0, 0);
    expectClose(e / 1e-12, (b / (a + b)) * (r / alpha), { rel: 1e-10 });
  });

  it("agrees with the mean purchases of 200,000 simulated customers over (0, 52] within 3 standard errors", () => {
    const sim = simulateMbgNbd({ params, customers: 200_000, T: 52, seed: 9 });
    let sum = 0;
    let sumSq = 0;
    for (const x of sim.frequency) {
      sum += x;
      sumSq += x * x;
    }
    const n = sim.frequency.length;
    const mean = sum / n;
    const se = Math.sqrt((sumSq / n - mean * mean) / n);
    expect(Math.abs(mean - mbgNbdConditionalExpectedPurchases(params, 52)(0, 0, 0))).toBeLessThan(3 * se);
  });

  it("is finite, ≥ 0 and increasing in t for heavy buyers and short horizons", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 1e-12, max: 1000, noNaN: true }),
        (x, fraction, T, t) => {
          const tx = x === 0 ? 0 : fraction * T;
          const e1 = mbgNbdConditionalExpectedPurchases(params, t)(x, tx, T);
          const e2 = mbgNbdConditionalExpectedPurchases(params, 2 * t)(x, tx, T);
          expect(Number.isFinite(e1) && e1 >= 0).toBe(true);
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-12));
        },
      ),
    );
  });
});
