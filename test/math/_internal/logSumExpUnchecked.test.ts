import { describe, expect, it } from "vitest";
import { logSumExpUnchecked } from "../../../src/math/_internal/logSumExpUnchecked.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("logSumExpUnchecked", () => {
  it("treats −∞ entries as zero terms and returns −∞ for an empty list or all −∞", () => {
    expectClose(logSumExpUnchecked([0, Number.NEGATIVE_INFINITY, 0]), Math.LN2, { rel: 1e-15 });
    expect(logSumExpUnchecked([])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExpUnchecked([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
  });

  it("returns +∞ if an entry is +∞ and NaN if an entry is NaN", () => {
    expect(logSumExpUnchecked([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(logSumExpUnchecked([1, Number.NaN, Number.POSITIVE_INFINITY])).toBeNaN();
  });

  it("reads typed arrays", () => {
    expectClose(logSumExpUnchecked(new Float64Array([Math.log(3), Math.log(4)])), Math.log(7), { rel: 1e-15 });
  });
});
