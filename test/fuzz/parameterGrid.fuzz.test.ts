import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BgBbModel } from "../../src/clv/bgBb/BgBbModel.ts";
import type { CountModel } from "../../src/clv/CountModelFit.ts";
import {
  conditionalExpectedPurchases,
  discountedExpectedResidualPurchases,
  expectedPurchases,
  probabilityAlive,
  purchaseCountProbability,
} from "../../src/clv/index.ts";
import { isClienteleError } from "../../src/errors/ClienteleError.ts";

// Valid parameters from 1e-6 to 1e6 (log-uniform) and customers from none to heavy buyers: every prediction must
// return a finite number in its range, or throw a ClienteleError (domain_error where it cannot be evaluated
// accurately) — never NaN, ±Infinity, a number out of range, or another error. Seeded; FUZZ_RUNS raises the runs.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const positive = fc.double({ min: -6, max: 6, noNaN: true }).map((e) => 10 ** e);

const countModels = {
  "bg-nbd": ["r", "alpha", "a", "b"],
  "mbg-nbd": ["r", "alpha", "a", "b"],
  "pareto-nbd": ["r", "alpha", "s", "beta"],
} as const;

const customer = fc
  .tuple(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), positive)
  .map(([x, u, T]) => (x === 0 ? { frequency: 0, recency: 0, T } : { frequency: x, recency: u * T, T }));

/** Runs `call`; a number must be finite and within [lo, hi]; an error must be a ClienteleError. */
function expectInRange(call: () => number, lo: number, hi: number, what: string): void {
  let value: number;
  try {
    value = call();
  } catch (error) {
    if (!isClienteleError(error)) throw error;
    return;
  }
  expect(Number.isFinite(value), `${what} gave ${value}`).toBe(true);
  expect(value >= lo && value <= hi, `${what} gave ${value}, outside [${lo}, ${hi}]`).toBe(true);
}

describe("predictions over a grid of valid parameters", () => {
  for (const [model, names] of Object.entries(countModels)) {
    it(`${model}: P(alive), expectations, P(X(t) = n) and DERT are finite and in range, or a ClienteleError`, () => {
      fc.assert(
        fc.property(fc.tuple(positive, positive, positive, positive), customer, positive, (values, c, t) => {
          const params = Object.fromEntries(names.map((n, i) => [n, values[i]]));
          const fit = { model, params, unit: "week" } as unknown as CountModel;
          const label = `${model} ${JSON.stringify(params)} ${JSON.stringify(c)} t ${t}`;
          expectInRange(() => probabilityAlive(fit, c), 0, 1, `probabilityAlive ${label}`);
          expectInRange(() => conditionalExpectedPurchases(fit, t, c), 0, Number.MAX_VALUE, `E[Y | …] ${label}`);
          expectInRange(() => expectedPurchases(fit, t), 0, Number.MAX_VALUE, `E[X(t)] ${label}`);
          expectInRange(() => purchaseCountProbability(fit, 2, t), 0, 1, `P(X(t) = 2) ${label}`);
          expectInRange(
            () => discountedExpectedResidualPurchases(fit, c, { discountRate: 0.01 }),
            0,
            Number.MAX_VALUE,
            `DERT ${label}`,
          );
        }),
        { seed: 20261207, numRuns: RUNS },
      );
    });
  }

  it("bg-bb: P(alive), expectations, P(X(n) = x) and DERT are finite and in range, or a ClienteleError", () => {
    const pattern = fc
      .tuple(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([n, u, v]) => {
        const recency = Math.min(n, Math.floor(u * (n + 1)));
        const frequency = recency === 0 ? 0 : 1 + Math.floor(v * (recency - 1));
        return { frequency, recency, opportunities: n };
      });
    fc.assert(
      fc.property(
        fc.tuple(positive, positive, positive, positive),
        pattern,
        fc.integer({ min: 1, max: 50 }),
        (v, p, n) => {
          const fit = { model: "bg-bb", params: { alpha: v[0], beta: v[1], gamma: v[2], delta: v[3] } } as BgBbModel;
          const label = `${JSON.stringify(fit.params)} ${JSON.stringify(p)} n ${n}`;
          expectInRange(() => probabilityAlive(fit, p), 0, 1, `probabilityAlive ${label}`);
          expectInRange(() => conditionalExpectedPurchases(fit, n, p), 0, n, `E[X(n, n + n*) | …] ${label}`);
          expectInRange(() => expectedPurchases(fit, n), 0, n, `E[X(n)] ${label}`);
          expectInRange(() => purchaseCountProbability(fit, Math.min(2, n), n), 0, 1, `P(X(n) = 2) ${label}`);
          expectInRange(
            () => discountedExpectedResidualPurchases(fit, p, { discountRate: 0.05 }),
            0,
            Number.MAX_VALUE,
            `DERT ${label}`,
          );
        },
      ),
      { seed: 20261207, numRuns: RUNS },
    );
  });
});
