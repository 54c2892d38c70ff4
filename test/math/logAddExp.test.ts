import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logAddExp } from "../../src/math/logAddExp.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("logAddExp", () => {
  it("equals ln(eᵃ + eᵇ) where the plain sum is representable", () => {
    expectClose(logAddExp(Math.log(2), Math.log(3)), Math.log(5), { rel: 1e-15 });
    expectClose(logAddExp(-3, 4), Math.log(Math.exp(-3) + Math.exp(4)), { rel: 1e-15 });
  });

  it("does not overflow: logAddExp(800, 800) = 800 + ln 2", () => {
    expectClose(logAddExp(800, 800), 800 + Math.LN2, { rel: 1e-15 });
  });

  it("keeps the smaller term: logAddExp(0, −40) = log1p(e^−40)", () => {
    expectClose(logAddExp(0, -40), Math.log1p(Math.exp(-40)), { rel: 1e-15 });
  });

  it("is commutative and agrees with the n-ary form (property)", () => {
    const arg = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(arg, arg, (a, b) => {
        expect(logAddExp(a, b)).toBe(logAddExp(b, a));
        expect(logAddExp(a, b)).toBeGreaterThanOrEqual(Math.max(a, b));
      }),
    );
  });

  it("throws invalid_input for non-finite arguments, with their paths", () => {
    expect(issuePaths(expectClienteleError(() => logAddExp(Number.NEGATIVE_INFINITY, 0), "invalid_input"))).toEqual([
      "a",
    ]);
    expect(issuePaths(expectClienteleError(() => logAddExp(0, Number.NaN), "invalid_input"))).toEqual(["b"]);
  });
});
