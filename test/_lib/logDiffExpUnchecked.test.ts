import { describe, expect, it } from "vitest";
import { logDiffExpUnchecked } from "../../src/_lib/logDiffExpUnchecked.ts";
import { expectClose } from "../_helpers/expectClose.ts";

describe("logDiffExpUnchecked", () => {
  it("returns a when b = −∞, −∞ when a = b, NaN when a < b or an argument is NaN", () => {
    expect(logDiffExpUnchecked(2, Number.NEGATIVE_INFINITY)).toBe(2);
    expect(logDiffExpUnchecked(2, 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(logDiffExpUnchecked(1, 2)).toBeNaN();
    expect(logDiffExpUnchecked(Number.NaN, 0)).toBeNaN();
  });

  it("is accurate on both sides of its switch at b − a = −ln 2", () => {
    for (const d of [-Math.LN2 * (1 - 1e-9), -Math.LN2 * (1 + 1e-9)]) {
      expectClose(logDiffExpUnchecked(0, d), Math.log(1 - Math.exp(d)), { rel: 1e-14 }, `d = ${d}`);
    }
  });
});
