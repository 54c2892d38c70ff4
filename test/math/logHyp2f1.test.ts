import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logAddExp } from "../../src/math/logAddExp.ts";
import { logHyp2f1 } from "../../src/math/logHyp2f1.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadHyp2f1, loadHyp2f1Complement } from "../fixtures/mpmath/loadFixture.ts";

/** |Δ| ≤ 1e-12 · max(1, |ln 2F1|): relative error of 2F1 when |ln 2F1| ≤ 1, of ln 2F1 beyond. */
function tolerance(logValue: number): { abs: number } {
  return { abs: 1e-12 * Math.max(1, Math.abs(logValue)) };
}

/**
 * ln 2F1 by its Gauss series summed term by term in log space (every term positive), independent of the
 * library's transformations: for 0 ≤ z < 1 and positive parameters.
 */
function logSeries(a: number, b: number, c: number, z: number): number {
  let logTerm = 0;
  let logSum = 0;
  for (let n = 0; n < 1_000_000; n++) {
    logTerm += Math.log(((a + n) * (b + n) * z) / ((c + n) * (n + 1)));
    logSum = logAddExp(logSum, logTerm);
    if (n > 10 && logTerm < logSum - 40) return logSum;
  }
  throw new Error("series did not converge");
}

describe("logHyp2f1", () => {
  const cases = loadHyp2f1().filter((c) => c.sign > 0);
  const groups = [...new Set(cases.map((c) => c.group))];

  it.each(groups)("matches mpmath 1.3.0 in fixture group %s to 1e-12 · max(1, |ln 2F1|)", (group) => {
    const inGroup = cases.filter((c) => c.group === group);
    expect(inGroup.length).toBeGreaterThan(0);
    for (const c of inGroup) {
      expectClose(logHyp2f1(c.a, c.b, c.c, c.z), c.log, tolerance(c.log), `(${c.a}, ${c.b}; ${c.c}; ${c.z})`);
    }
  });

  it("matches mpmath 1.3.0 for BG/NBD and MBG/NBD arguments at horizons up to t = 1e100 when given the exact 1 − z", () => {
    const complement = loadHyp2f1Complement();
    expect(complement.length).toBeGreaterThan(150);
    for (const c of complement) {
      const value = logHyp2f1(c.a, c.b, c.c, c.z, { oneMinusZ: c.oneMinusZ });
      expectClose(value, c.log, tolerance(c.log), `(${c.a}, ${c.b}; ${c.c}; 1 − ${c.oneMinusZ})`);
    }
  });

  it("agrees with the Gauss series summed in log space for Pareto/NBD heavy buyers (x = 500, 2F1 up to e^2300)", () => {
    // r = 0.55, s = 0.61, x = 500: 2F1(r+s+x, s+1 | r+x; r+s+x+1; z)
    const a = 501.16;
    for (const b of [1.61, 500.55]) {
      for (const z of [0.1, 0.5, 0.9, 0.99]) {
        const expected = logSeries(a, b, a + 1, z);
        // NOTE: the reference sums ~1e4 terms with one rounding each, so it is itself good to ~1e-13.
        expectClose(
          logHyp2f1(a, b, a + 1, z),
          expected,
          { abs: 1e-12 * Math.max(1, Math.abs(expected)) },
          `b = ${b}, z = ${z}`,
        );
      }
    }
  });

  it("gives the same value two ways through Pfaff's transformation for z near −1 and near 1 (large a)", () => {
    // 2F1(a, b; c; z) = (1 − z)^(−b) 2F1(c − a, b; c; z/(z − 1))
    for (const [a, b] of [
      [120.55, 1.61],
      [501.16, 500.55],
      [30.24, 0.3],
    ] as const) {
      const c = a + 1;
      for (const z of [-0.999, -0.9, 0.9, 0.999]) {
        const direct = logHyp2f1(a, b, c, z);
        const viaPfaff = -b * Math.log1p(-z) + logHyp2f1(c - a, b, c, z / (z - 1));
        expectClose(viaPfaff, direct, tolerance(direct), `a = ${a}, b = ${b}, z = ${z}`);
      }
    }
  });

  it("satisfies Euler's transformation ln 2F1(a, b; c; z) = (c − a − b) ln(1 − z) + ln 2F1(c − a, c − b; c; z) (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (a, b, extra, z) => {
          const c = Math.max(a, b) + extra; // c − a, c − b > 0, so both sides are positive
          const lhs = logHyp2f1(a, b, c, z);
          const rhs = (c - a - b) * Math.log1p(-z) + logHyp2f1(c - a, c - b, c, z);
          const scale = Math.max(1, Math.abs(lhs), Math.abs((c - a - b) * Math.log1p(-z)));
          expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-12 * scale);
        },
      ),
    );
  });

  it("stays finite at the extremes: x = 1e6 purchases, t = 1e15 with the exact 1 − z, parameters 1e-8", () => {
    for (const z of [-1e6, -0.99, 0.5, 0.999, 1 - 1e-9]) {
      expect(Number.isFinite(logHyp2f1(1e6 + 1.16, 1.61, 1e6 + 2.16, z))).toBe(true);
      expect(Number.isFinite(logHyp2f1(1e6 + 1.16, 1e6 + 0.55, 1e6 + 2.16, z))).toBe(true);
    }
    const [alpha, T, t] = [4.414, 78, 1e15];
    const oneMinusZ = (alpha + T) / (alpha + T + t);
    expect(Number.isFinite(logHyp2f1(1e6 + 0.243, 1e6 + 2.426, 1e6 + 2.219, t / (alpha + T + t), { oneMinusZ }))).toBe(
      true,
    );
    for (const z of [-1e15, -1, 0.5, 1 - 1e-12]) {
      expect(Number.isFinite(logHyp2f1(1e-8, 1e-8, 1e-8, z))).toBe(true);
      expect(Number.isFinite(logHyp2f1(1e-8 + 1e-8 + 1, 1e-8 + 1, 1e-8 + 1e-8 + 2, z))).toBe(true);
    }
  });

  it("throws domain_error where 2F1 is not positive, pointing to hyp2f1", () => {
    const negative = loadHyp2f1().find((c) => c.sign < 0);
    expect(negative).toBeDefined();
    const c = negative!;
    expect(expectClienteleError(() => logHyp2f1(c.a, c.b, c.c, c.z), "domain_error").message).toContain("use hyp2f1");
    expectClienteleError(() => logHyp2f1(-2, 1, 1, 1), "domain_error"); // (1 − z)² = 0 at z = 1
  });

  it("throws domain_error for z > 1 and for z = 1 with c − a − b ≤ 0 unless oneMinusZ says z < 1", () => {
    expect(issuePaths(expectClienteleError(() => logHyp2f1(1, 1, 2, 2), "domain_error"))).toEqual(["z"]);
    expectClienteleError(() => logHyp2f1(0.243, 2.426, 2.219, 1), "domain_error");
    expect(Number.isFinite(logHyp2f1(0.243, 2.426, 2.219, 1, { oneMinusZ: 1e-300 }))).toBe(true);
  });

  it("throws invalid_input for non-finite arguments and a negative oneMinusZ", () => {
    expect(issuePaths(expectClienteleError(() => logHyp2f1(1, Number.NaN, 2, 0.5), "invalid_input"))).toEqual(["b"]);
    expect(
      issuePaths(expectClienteleError(() => logHyp2f1(1, 1, 2, 1, { oneMinusZ: -1e-20 }), "invalid_input")),
    ).toEqual(["options.oneMinusZ"]);
  });
});
