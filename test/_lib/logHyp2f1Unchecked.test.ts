import { describe, expect, it } from "vitest";
import { logHyp2f1Unchecked } from "../../src/_lib/logHyp2f1Unchecked.ts";
import { logHyp2f1 } from "../../src/math/logHyp2f1.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { loadHyp2f1 } from "../fixtures/mpmath/loadFixture.ts";

describe("logHyp2f1Unchecked", () => {
  it("returns the same value as logHyp2f1 at every positive fixture point", () => {
    for (const c of loadHyp2f1().filter((k) => k.sign > 0)) {
      expect(logHyp2f1Unchecked(c.a, c.b, c.c, c.z)).toBe(logHyp2f1(c.a, c.b, c.c, c.z));
    }
  });

  it("returns ln|2F1| and writes the sign when given a sign slot; NaN for 2F1 < 0 without one", () => {
    const negative = loadHyp2f1().filter((k) => k.sign < 0);
    expect(negative.length).toBeGreaterThan(0);
    const sign = new Float64Array(1);
    for (const c of negative) {
      expectClose(logHyp2f1Unchecked(c.a, c.b, c.c, c.z, sign), c.log, { abs: 1e-12 * Math.max(1, Math.abs(c.log)) });
      expect(sign[0]).toBe(-1);
      expect(logHyp2f1Unchecked(c.a, c.b, c.c, c.z)).toBeNaN();
    }
  });

  it("returns −∞ with sign 0 where a terminating series vanishes: 2F1(−2, 1; 1; 1) = (1 − 1)²", () => {
    const sign = new Float64Array(1);
    expect(logHyp2f1Unchecked(-2, 1, 1, 1, sign)).toBe(Number.NEGATIVE_INFINITY);
    expect(sign[0]).toBe(0);
  });

  it("returns 0 (2F1 = 1) when a, b or z is 0", () => {
    expect(logHyp2f1Unchecked(0, 5, 3, 0.9)).toBe(0);
    expect(logHyp2f1Unchecked(2, 0, 3, -7)).toBe(0);
    expect(logHyp2f1Unchecked(2, 5, 3, 0)).toBe(0);
  });

  it("uses oneMinusZ in place of 1 − z, so z may round to 1", () => {
    const y = 1e-200;
    expect(Number.isFinite(logHyp2f1Unchecked(0.243, 2.426, 2.219, 1, undefined, y))).toBe(true);
    expect(logHyp2f1Unchecked(0.243, 2.426, 2.219, 1)).toBeNaN(); // Gauss's sum needs c − a − b > 0
  });

  it("returns NaN outside the domain: z > 1, c a non-positive integer, non-finite arguments, negative oneMinusZ", () => {
    expect(logHyp2f1Unchecked(1, 1, 2, 1.5)).toBeNaN();
    expect(logHyp2f1Unchecked(1, 1, -3, 0.5)).toBeNaN();
    expect(logHyp2f1Unchecked(Number.NaN, 1, 2, 0.5)).toBeNaN();
    expect(logHyp2f1Unchecked(1, 1, 2, Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(logHyp2f1Unchecked(1, 1, 2, 0.5, undefined, -0.5)).toBeNaN();
  });

  it("returns NaN where no method is accurate rather than a wrong value (z ≪ 0 with a, b ≫ c)", () => {
    expect(logHyp2f1Unchecked(24.0983559566312, 28.096423816467166, 5.608422733907418, -2.2481954671492606)).toBeNaN();
  });
});
