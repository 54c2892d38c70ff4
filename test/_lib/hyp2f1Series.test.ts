import { describe, expect, it } from "vitest";
import { hyp2f1Series } from "../../src/_lib/hyp2f1Series.ts";
import { expectClose } from "../_helpers/expectClose.ts";

describe("hyp2f1Series", () => {
  it("sums 2F1(1, b; b; x) = 1/(1 − x) and 2F1(1, 1; 2; x) = −ln(1 − x)/x", () => {
    for (const x of [0, 0.1, 0.5, 0.9]) {
      expectClose(hyp2f1Series(1, 3.5, 3.5, x, 10_000, 16), 1 / (1 - x), { rel: 1e-15 }, `x = ${x}`);
      if (x > 0) expectClose(hyp2f1Series(1, 1, 2, x, 10_000, 16), -Math.log1p(-x) / x, { rel: 1e-15 }, `x = ${x}`);
    }
  });

  it("sums a terminating series exactly: 2F1(−2, b; b; x) = (1 − x)²", () => {
    expect(hyp2f1Series(-2, 4, 4, 0.25, 5, 16)).toBe(0.5625);
  });

  it("returns NaN when the term budget runs out (x = 0.999 needs ~40 000 terms)", () => {
    expect(hyp2f1Series(1, 1, 2, 0.999, 500, 16)).toBeNaN();
  });

  it("returns NaN when the terms cancel by more than maxCancellation, and the sum when allowed", () => {
    // (1 − x)^20 at x = 0.9: terms up to ~1e6 that cancel to 1e-20.
    expect(hyp2f1Series(-20, 1, 1, 0.9, 100, 1000)).toBeNaN();
    expectClose(hyp2f1Series(-3, 1, 1, 0.5, 100, 1000), 0.125, { rel: 1e-15 });
  });

  it("returns NaN when a term overflows", () => {
    expect(hyp2f1Series(1000, 1000, 1, 0.9, 100_000, 1000)).toBeNaN();
  });
});
