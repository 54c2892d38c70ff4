import { describe, expect, it } from "vitest";
import { bgBbLogLikelihoodOne } from "../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { bgBbConditionalExpectedPurchases } from "../../../src/clv/bgBb/bgBbConditionalExpectedPurchases.ts";
import { bgBbDiscountedResidualPurchases } from "../../../src/clv/bgBb/bgBbDiscountedResidualPurchases.ts";
import { logBeta } from "../../../src/math/logBeta.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const fit = { model: "bg-bb", params } as const;

/** Σ_{k≥1} E[transaction at n+k | x, t_x, n] / (1+d)^k, truncated where the terms vanish. */
function directSum(x: number, tx: number, n: number, d: number): number {
  const { alpha: a, beta: b, gamma: g, delta: dl } = params;
  const L = bgBbLogLikelihoodOne(a, b, g, dl, x, tx, n);
  let s = 0;
  for (let k = 1; k < 5000; k++) {
    s += Math.exp(
      logBeta(a + x + 1, b + n - x) - logBeta(a, b) + logBeta(g, dl + n + k) - logBeta(g, dl) - L - k * Math.log1p(d),
    );
  }
  return s;
}

describe("bgBbDiscountedResidualPurchases", () => {
  it("equals the direct discounted sum of FHS 2010 eq. 14 for donations patterns at d = 0.1 (1e-9 relative)", () => {
    for (const [x, tx] of [
      [6, 6],
      [3, 5],
      [1, 1],
      [0, 0],
    ] as const) {
      expectClose(
        bgBbDiscountedResidualPurchases(fit, { frequency: x, recency: tx, opportunities: 6 }, 0.1),
        directSum(x, tx, 6, 0.1),
        { rel: 1e-9 },
        `${x},${tx}`,
      );
    }
  });

  it("is below the undiscounted expectation over any horizon times the largest factor, and falls as d rises", () => {
    const c = { frequency: 4, recency: 6, opportunities: 6 };
    const low = bgBbDiscountedResidualPurchases(fit, c, 0.05);
    const high = bgBbDiscountedResidualPurchases(fit, c, 0.3);
    expect(high).toBeLessThan(low);
    expect(low).toBeGreaterThan(bgBbConditionalExpectedPurchases(fit, 1, c) / 1.05 - 1e-12);
  });

  it("rejects a discount rate ≤ 0 at discountRate", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => bgBbDiscountedResidualPurchases(fit, { frequency: 1, recency: 1, opportunities: 6 }, 0),
          "invalid_input",
        ),
      ),
    ).toEqual(["discountRate"]);
  });
});
