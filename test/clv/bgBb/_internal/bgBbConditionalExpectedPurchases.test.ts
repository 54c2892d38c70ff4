import { describe, expect, it } from "vitest";
import { bgBbConditionalExpectedPurchases } from "../../../../src/clv/bgBb/_internal/bgBbConditionalExpectedPurchases.ts";
import { bgBbLogLikelihoodOne } from "../../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { logGamma } from "../../../../src/math/logGamma.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

/** FHS 2010 eq. 13, closed form. */
function eq13(nStar: number, x: number, tx: number, n: number): number {
  const { alpha: a, beta: b, gamma: g, delta: d } = params;
  const L = bgBbLogLikelihoodOne(a, b, g, d, x, tx, n);
  const lead = Math.exp(logBeta(a + x + 1, b + n - x) - logBeta(a, b) - L + logGamma(g + d) - logGamma(1 + d));
  const diff =
    Math.exp(logGamma(1 + d + n) - logGamma(g + d + n)) -
    Math.exp(logGamma(1 + d + n + nStar) - logGamma(g + d + n + nStar));
  return (lead * d * diff) / (g - 1);
}

describe("bgBbConditionalExpectedPurchases", () => {
  it("equals FHS 2010 eq. 13 in closed form, also for a pattern seen twice (the survival sum is remembered per n)", () => {
    const kernel = bgBbConditionalExpectedPurchases(params, 5);
    for (const [x, tx, n] of [
      [6, 6, 6],
      [0, 0, 3],
      [6, 6, 6],
      [2, 2, 3],
    ] as const) {
      expectClose(kernel(x, tx, n), eq13(5, x, tx, n), { rel: 1e-10 }, `${x},${tx},${n}`);
    }
  });

  it("is the constant 0 at n* = 0 and at most n*", () => {
    expect(bgBbConditionalExpectedPurchases(params, 0)(2, 3, 6)).toBe(0);
    const kernel = bgBbConditionalExpectedPurchases(params, 3);
    expect(kernel(50, 50, 50)).toBeLessThanOrEqual(3);
  });
});
