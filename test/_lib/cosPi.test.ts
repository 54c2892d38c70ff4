import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cosPi } from "../../src/_lib/cosPi.ts";
import { expectClose } from "../_helpers/expectClose.ts";

describe("cosPi", () => {
  it("is exactly 0 at half-integers and ±1 at integers", () => {
    for (const x of [0.5, -0.5, 1.5, 1e15 + 0.5]) expect(Math.abs(cosPi(x))).toBe(0);
    expect(cosPi(0)).toBe(1);
    expect(cosPi(1)).toBe(-1);
    expect(cosPi(-3)).toBe(-1);
    expect(cosPi(1e15)).toBe(1);
  });

  it("agrees with Math.cos(πx) to 1e-15 for |x| ≤ ¼", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.25, max: 0.25, noNaN: true }), (x) => {
        expectClose(cosPi(x), Math.cos(Math.PI * x), { rel: 1e-15 });
      }),
    );
  });

  it("is even and satisfies cos²πx + sin²πx = 1 (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(cosPi(-x)).toBe(cosPi(x));
        expectClose(cosPi(x) ** 2 + Math.sin(Math.PI * (x % 2)) ** 2, 1, { abs: 1e-9 });
      }),
    );
  });

  it("returns NaN for NaN and ±Infinity", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY]) expect(cosPi(x)).toBeNaN();
  });
});
