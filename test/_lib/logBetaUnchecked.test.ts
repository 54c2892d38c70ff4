import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logBetaUnchecked } from "../../src/_lib/logBetaUnchecked.ts";
import { logBeta } from "../../src/math/logBeta.ts";

describe("logBetaUnchecked", () => {
  it("returns the same value as logBeta on its domain (property)", () => {
    const arg = fc.double({ min: 1e-10, max: 1e10, noNaN: true });
    fc.assert(
      fc.property(arg, arg, (a, b) => {
        expect(logBetaUnchecked(a, b)).toBe(logBeta(a, b));
      }),
    );
  });

  it("returns NaN for a or b ≤ 0 or NaN, and −∞ for an infinite argument", () => {
    for (const [a, b] of [
      [0, 1],
      [1, -2],
      [Number.NaN, 1],
      [1, Number.NaN],
    ]) {
      expect(logBetaUnchecked(a!, b!)).toBeNaN();
    }
    expect(logBetaUnchecked(2, Number.POSITIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("is continuous where its formula switches at min(a, b) = 10 and max(a, b) = 10", () => {
    for (const [a, b] of [
      [10, 12],
      [3, 10],
    ]) {
      const below = logBetaUnchecked(a! - 1e-12, b! - 1e-12);
      const above = logBetaUnchecked(a! + 1e-12, b! + 1e-12);
      expect(Math.abs(above - below)).toBeLessThan(1e-10);
    }
  });
});
