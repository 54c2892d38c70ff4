import { describe, expect, it } from "vitest";
import { logBgNbdLargeShapeTransform } from "../../../../src/clv/bgNbd/_internal/logBgNbdLargeShapeTransform.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

describe("logBgNbdLargeShapeTransform", () => {
  it("gives ln[(2/3)^2000 2F1(2000, 2.5; 2.3; 1/3)] = 1.2513176532262943216 (mpmath), where 2F1 overflows: 1e-12 absolute", () => {
    const sign = new Float64Array(1);
    expectClose(logBgNbdLargeShapeTransform(2000, 0.8, 2.5, 0.5, sign), 1.2513176532262944, { abs: 1e-12 });
    expect(sign[0]).toBe(1);
  });

  it("takes the expansion for R ln(1 + u) large and returns −∞ when a bound shows G negligible beside 1", () => {
    const sign = new Float64Array(1);
    // Series budget exceeded (R·u = 1e6), expansion applies: finite.
    expect(Number.isFinite(logBgNbdLargeShapeTransform(1e6, 0.8, 2.5, 1, sign))).toBe(true);
    // a = 1e4, R = 10001, u = 52: G < e^−9000.
    expect(logBgNbdLargeShapeTransform(10001, 1e4, 10001, 52, sign)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("returns NaN where neither method applies (R ln(1 + u) small and R·u beyond the series budget)", () => {
    const sign = new Float64Array(1);
    expect(logBgNbdLargeShapeTransform(2, 0.5, 2, 1e9, sign)).toBeNaN();
  });
});
