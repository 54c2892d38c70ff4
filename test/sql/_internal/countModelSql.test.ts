import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgNbdSeriesTail, paretoNbdSeriesTail, readCountModel } from "../../../src/sql/_internal/countModelSql.ts";
import { SERIES_TOLERANCE, seriesLadder } from "../../../src/sql/_internal/hypergeometricSeriesSql.ts";

/** The rung the SQL's CASE picks for z. */
function termsFor(rungs: ReturnType<typeof seriesLadder>, z: number): number {
  return (rungs.find((rung) => z <= rung.zLimit) ?? rungs[rungs.length - 1]!).terms;
}

/** Σ_{n>N} t_n of ₂F₁(P, Q; C; z), summed in double until the terms are negligible (the true tail, to rounding). */
function trueTail(P: number, Q: number, C: number, z: number, N: number): number {
  let t = 1;
  let tail = 0;
  for (let n = 0; n < 200_000; n++) {
    t *= (z * (P + n) * (Q + n)) / ((C + n) * (n + 1));
    if (n + 1 > N) {
      tail += t;
      if (Math.abs(t) < 1e-40 && n > N + 10) break;
    }
  }
  return tail;
}

describe("the series bound of the scoring SQL (stated in conditionalExpectedPurchasesSql)", () => {
  it("BG/NBD family: after the terms the ladder picks, |tail of ₂F₁(a+b−1−r, a−1; a+b+x−1; z)| ≤ 2^-56 for every x ≥ 0 and z ≤ t/(α+t)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        (r, a, b, tOverAlpha, share, x) => {
          fc.pre(Math.abs(a - 1) >= 1e-4 && a + b - 1 > 1e-4);
          const [P, Q, c0] = [a + b - 1 - r, a - 1, a + b - 1];
          const zMax = tOverAlpha / (1 + tOverAlpha);
          const rungs = seriesLadder("test", bgNbdSeriesTail(P, Q, c0), zMax, Math.ceil(Math.max(0, -P, -Q)) + 1);
          const z = share * zMax;
          const tail = trueTail(P, Q, c0 + x, z, termsFor(rungs, z));
          expect(Math.abs(tail)).toBeLessThanOrEqual(SERIES_TOLERANCE * (1 + 1e-9));
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });

  it("Pareto/NBD: after the terms the ladder picks, the tail of ₂F₁(1, d; m+1; z) is ≤ 2^-56 of the sum", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        (alpha, beta, s, r, share, x) => {
          const [p, q] = alpha >= beta ? [alpha, beta] : [beta, alpha];
          const zMax = (p - q) / p;
          fc.pre(zMax < 0.99);
          const rungs = seriesLadder("test", paretoNbdSeriesTail(r, s, alpha >= beta), zMax, 1);
          const z = share * zMax;
          const m = r + s + x;
          const d = alpha >= beta ? r + x : s + 1;
          const N = termsFor(rungs, z);
          const tail = trueTail(1, d, m + 1, z, N);
          expect(tail / (1 + trueTail(1, d, m + 1, z, 0))).toBeLessThanOrEqual(SERIES_TOLERANCE * (1 + 1e-9));
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });

  it("reads the fit like the prediction functions: model and validated params, errors at fit.model and fit.params", () => {
    expect(readCountModel("f", { model: "pareto-nbd", params: { r: 1, alpha: 2, s: 3, beta: 4 } }, ["fit"])).toEqual({
      model: "pareto-nbd",
      r: 1,
      alpha: 2,
      s: 3,
      beta: 4,
    });
    expect(() => readCountModel("f", { model: "sbg", params: {} }, ["fit"])).toThrow(/fit\.model/);
    expect(() => readCountModel("f", { model: "bg-nbd", params: { r: 1 } }, ["fit"])).toThrow(/fit\.params/);
  });
});
