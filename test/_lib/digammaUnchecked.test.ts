import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digammaUnchecked } from "../../src/_lib/digammaUnchecked.ts";
import { digamma } from "../../src/math/digamma.ts";

describe("digammaUnchecked", () => {
  it("returns the same value as digamma on its domain (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 1e300, noNaN: true }), (x) => {
        fc.pre(!(x <= 0 && Number.isInteger(x)) && Math.abs(x) > 1e-300);
        expect(digammaUnchecked(x)).toBe(digamma(x));
      }),
    );
  });

  it("returns NaN at the poles and for NaN or −∞, +∞ for +∞", () => {
    for (const x of [0, -1, -9, Number.NaN, Number.NEGATIVE_INFINITY]) expect(digammaUnchecked(x)).toBeNaN();
    expect(digammaUnchecked(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("is continuous across its branch boundaries (1, 2, 10)", () => {
    for (const edge of [1, 2, 10]) {
      const below = digammaUnchecked(edge - 1e-12);
      const above = digammaUnchecked(edge + 1e-12);
      expect(Math.abs(above - below)).toBeLessThan(1e-11);
    }
  });
});
