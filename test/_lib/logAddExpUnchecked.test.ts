import { describe, expect, it } from "vitest";
import { logAddExpUnchecked } from "../../src/_lib/logAddExpUnchecked.ts";

describe("logAddExpUnchecked", () => {
  it("handles infinite arguments: (−∞, −∞) → −∞, (−∞, a) → a, (+∞, a) → +∞", () => {
    expect(logAddExpUnchecked(Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(logAddExpUnchecked(Number.NEGATIVE_INFINITY, 3)).toBe(3);
    expect(logAddExpUnchecked(Number.POSITIVE_INFINITY, 3)).toBe(Number.POSITIVE_INFINITY);
  });

  it("returns NaN if either argument is NaN", () => {
    expect(logAddExpUnchecked(Number.NaN, 0)).toBeNaN();
    expect(logAddExpUnchecked(0, Number.NaN)).toBeNaN();
  });
});
