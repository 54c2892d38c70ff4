import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logBeta } from "../../src/math/logBeta.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadBeta } from "../fixtures/mpmath/loadFixture.ts";

describe("logBeta", () => {
  it("matches mpmath 1.3.0 ln B(a, b) to 1e-14 relative at every fixture point (a, b from 1e-8 to 1e15)", () => {
    const cases = loadBeta();
    expect(cases.length).toBeGreaterThan(140);
    for (const c of cases) {
      // NOTE: next to the zero of ln B (B ≈ 1) only absolute accuracy holds; 1e-16 absolute covers it.
      expectClose(logBeta(c.a, c.b), c.value, { rel: 1e-14, abs: 1e-16 }, `a = ${c.a}, b = ${c.b}`);
    }
  });

  it("gives B(a, b) = (a − 1)!(b − 1)!/(a + b − 1)! at small integers and B(1, 1) = 1 exactly", () => {
    const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
    expect(logBeta(1, 1)).toBe(0);
    for (let a = 1; a <= 8; a++) {
      for (let b = 1; b <= 8; b++) {
        const exact = (factorial(a - 1) * factorial(b - 1)) / factorial(a + b - 1);
        expectClose(logBeta(a, b), Math.log(exact), { rel: 1e-14, abs: 1e-16 }, `a = ${a}, b = ${b}`);
      }
    }
  });

  it("gives B(½, ½) = π and B(1, b) = 1/b up to b = 1e15", () => {
    expectClose(logBeta(0.5, 0.5), Math.log(Math.PI), { rel: 1e-15 });
    for (const b of [1e-8, 0.3, 7, 1e3, 1e10, 1e15])
      expectClose(logBeta(1, b), -Math.log(b), { rel: 1e-14 }, `b = ${b}`);
  });

  it("is symmetric, ln B(a, b) = ln B(b, a) (property)", () => {
    const arg = fc.double({ min: 1e-8, max: 1e8, noNaN: true });
    fc.assert(
      fc.property(arg, arg, (a, b) => {
        expect(logBeta(a, b)).toBe(logBeta(b, a));
      }),
    );
  });

  it("satisfies B(a + 1, b) = B(a, b) · a/(a + b) (property)", () => {
    const arg = fc.double({ min: 1e-3, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(arg, arg, (a, b) => {
        const lhs = logBeta(a + 1, b);
        const rhs = logBeta(a, b) + Math.log(a / (a + b));
        // NOTE: the identity is checked to a few ulps of the larger term, not of the possibly tiny result.
        const scale = Math.max(1, Math.abs(logBeta(a, b)), Math.abs(Math.log(a / (a + b))));
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-13 * scale);
      }),
    );
  });

  it("stays finite at the extremes (1e-8 and 1e15 arguments, both ways round)", () => {
    for (const [a, b] of [
      [1e-8, 1e-8],
      [1e-8, 1e15],
      [1e15, 1e15],
      [1e-300, 1],
    ] as const) {
      expect(Number.isFinite(logBeta(a, b))).toBe(true);
    }
  });

  it("throws domain_error for a ≤ 0 or b ≤ 0, with the argument's path", () => {
    expect(issuePaths(expectClienteleError(() => logBeta(0, 1), "domain_error"))).toEqual(["a"]);
    expect(issuePaths(expectClienteleError(() => logBeta(1, -0.5), "domain_error"))).toEqual(["b"]);
  });

  it("throws invalid_input listing every non-finite argument", () => {
    const error = expectClienteleError(() => logBeta(Number.NaN, Number.POSITIVE_INFINITY), "invalid_input");
    expect(issuePaths(error)).toEqual(["a", "b"]);
  });
});
