import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paretoNbdConditionalExpectedPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdConditionalExpectedPurchases.ts";
import { paretoNbdProbabilityAlive } from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { simulateParetoNbd } from "../../../../src/clv/paretoNbd/simulateParetoNbd.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { r: 0.553282, alpha: 10.577753, s: 0.606171, beta: 11.666907 };
const { r, alpha, s, beta } = params;
const newCustomer = (t: number) => paretoNbdConditionalExpectedPurchases(params, t)(0, 0, 0);

describe("paretoNbdConditionalExpectedPurchases", () => {
  it("gives E[X(t)] = rβ/(α(s−1)) [1 − (β/(β+t))^(s−1)] for a new customer (Fader & Hardie 2005, note 009, eq. 17)", () => {
    for (const t of [1, 39, 52, 500]) {
      expectClose(newCustomer(t), ((r * beta) / (alpha * (s - 1))) * (1 - (beta / (beta + t)) ** (s - 1)), {
        rel: 1e-12,
      });
    }
  });

  it("has E[X(t)]/t → r/α as t → 0 (t = 1e-12 to 1e-12 relative; no cancellation)", () => {
    expectClose(newCustomer(1e-12) / 1e-12, r / alpha, { rel: 1e-12 });
    expectClose(newCustomer(1e-8) / 1e-8, r / alpha, { rel: 1e-7 });
  });

  it("is continuous through s = 1, where the closed form is 0/0: r β/α ln(1 + t/β)", () => {
    const limit = ((0.5 * 10) / 2) * Math.log1p(52 / 10);
    for (const sNear of [1 - 1e-10, 1, 1 + 1e-10, 1 + 1e-6]) {
      const value = paretoNbdConditionalExpectedPurchases({ r: 0.5, alpha: 2, s: sNear, beta: 10 }, 52)(0, 0, 0);
      expectClose(value, limit, { rel: 2e-6 });
    }
  });

  it("equals P(alive) × (r+x)(β+T)/((α+T)(s−1)) [1 − ((β+T)/(β+T+t))^(s−1)] for a repeat buyer", () => {
    const alive = paretoNbdProbabilityAlive(params)(26, 30.86, 31);
    const expected =
      (((r + 26) * (beta + 31)) / ((alpha + 31) * (s - 1))) * (1 - ((beta + 31) / (beta + 31 + 52)) ** (s - 1)) * alive;
    expectClose(paretoNbdConditionalExpectedPurchases(params, 52)(26, 30.86, 31), expected, { rel: 1e-12 });
  });

  it("agrees with the mean purchases of 200,000 simulated customers over (0, 52] within 3 standard errors", () => {
    const sim = simulateParetoNbd({ params, customers: 200_000, T: 52, seed: 5 });
    let sum = 0;
    let sumSq = 0;
    for (const x of sim.frequency) {
      sum += x;
      sumSq += x * x;
    }
    const n = sim.frequency.length;
    const mean = sum / n;
    const se = Math.sqrt((sumSq / n - mean * mean) / n);
    expect(Math.abs(mean - newCustomer(52))).toBeLessThan(3 * se);
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
          const e1 = paretoNbdConditionalExpectedPurchases(params, t)(x, tx, T);
          const e2 = paretoNbdConditionalExpectedPurchases(params, 2 * t)(x, tx, T);
          expect(Number.isFinite(e1) && e1 >= 0).toBe(true);
          expect(e2).toBeGreaterThanOrEqual(e1);
        },
      ),
    );
  });
});

describe("paretoNbdConditionalExpectedPurchases memory", () => {
  it("gives the same value, bit for bit, from one kernel reused over mixed and repeated T (x up to 1,500) as from a fresh kernel per customer", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .record({
              x: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1500 })),
              T: fc.constantFrom(0, 12.5, 38, 52, 52, 400),
              where: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
            })
            .map(({ x, T, where }) => ({ x, tx: x === 0 ? 0 : where * T, T })),
          { maxLength: 40 },
        ),
        (customers) => {
          const expected = paretoNbdConditionalExpectedPurchases(params, 52);
          for (const { x, tx, T } of [...customers, ...customers]) {
            expect(expected(x, tx, T)).toBe(paretoNbdConditionalExpectedPurchases(params, 52)(x, tx, T));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
