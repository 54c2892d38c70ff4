import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sinPi } from "../../src/_lib/sinPi.ts";
import { expectClose } from "../_helpers/expectClose.ts";

describe("sinPi", () => {
  it("is exactly 0 at integers, including large ones where π·x would round badly", () => {
    for (const x of [0, 1, -1, 2, 7, -13, 1e15, 2 ** 52 + 1]) expect(Math.abs(sinPi(x))).toBe(0);
  });

  it("is exactly ±1 at half-integers", () => {
    expect(sinPi(0.5)).toBe(1);
    expect(sinPi(-0.5)).toBe(-1);
    expect(sinPi(2.5)).toBe(1);
    expect(sinPi(1e15 + 0.5)).toBe(1);
  });

  it("agrees with Math.sin(πx) to 1e-15 for |x| ≤ ¼, where πx is formed without loss", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.25, max: 0.25, noNaN: true }), (x) => {
        expectClose(sinPi(x), Math.sin(Math.PI * x), { rel: 1e-15, abs: 1e-300 });
      }),
    );
  });

  it("is odd and has period 2 (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(sinPi(-x) + sinPi(x)).toBe(0);
        expectClose(sinPi(x + 2), sinPi(x), { abs: 1e-9 });
      }),
    );
  });

  it("returns NaN for NaN and ±Infinity", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(sinPi(x)).toBeNaN();
  });
});
