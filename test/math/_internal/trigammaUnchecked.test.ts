import { describe, expect, it } from "vitest";
import { trigammaUnchecked } from "../../../src/math/_internal/trigammaUnchecked.ts";

describe("trigammaUnchecked", () => {
  it("returns NaN at the poles and for NaN or −∞, 0 for +∞, +∞ when 1/x² overflows", () => {
    for (const x of [0, -2, Number.NaN, Number.NEGATIVE_INFINITY]) expect(trigammaUnchecked(x)).toBeNaN();
    expect(trigammaUnchecked(Number.POSITIVE_INFINITY)).toBe(0);
    expect(trigammaUnchecked(1e-200)).toBe(Number.POSITIVE_INFINITY);
  });

  it("is continuous across the switch to the asymptotic series at x = 10", () => {
    expect(Math.abs(trigammaUnchecked(10 + 1e-12) - trigammaUnchecked(10 - 1e-12))).toBeLessThan(1e-12);
  });

  it("is positive and decreasing on x > 0", () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const x of [1e-8, 0.1, 0.5, 1, 2, 9.99, 10, 100, 1e8]) {
      const v = trigammaUnchecked(x);
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(previous);
      previous = v;
    }
  });
});
