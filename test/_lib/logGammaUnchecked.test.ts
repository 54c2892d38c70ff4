import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGammaUnchecked } from "../../src/_lib/logGammaUnchecked.ts";
import { logGamma } from "../../src/math/logGamma.ts";

describe("logGammaUnchecked", () => {
  it("returns the same value as logGamma on its domain (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 1e300, noNaN: true }), (x) => {
        fc.pre(!(x <= 0 && Number.isInteger(x)));
        expect(logGammaUnchecked(x)).toBe(logGamma(x));
      }),
    );
  });

  it("returns +∞ at the poles and for +∞ or an overflowing x, NaN for NaN and −∞", () => {
    for (const x of [0, -1, -50, Number.POSITIVE_INFINITY, 1e308])
      expect(logGammaUnchecked(x)).toBe(Number.POSITIVE_INFINITY);
    for (const x of [Number.NaN, Number.NEGATIVE_INFINITY]) expect(logGammaUnchecked(x)).toBeNaN();
  });

  it("is continuous across its branch boundaries (0.5, 1.5, 2.5, 10)", () => {
    for (const edge of [0.5, 1.5, 2.5, 10]) {
      const below = logGammaUnchecked(edge - 1e-12);
      const above = logGammaUnchecked(edge + 1e-12);
      expect(Math.abs(above - below)).toBeLessThan(1e-11);
    }
  });
});
