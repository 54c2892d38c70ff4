import { describe, expect, it } from "vitest";
import { bgBbDiscountedResidualPurchases } from "../../../../src/clv/bgBb/_internal/bgBbDiscountedResidualPurchases.ts";
import { bgBbLogLikelihoodOne } from "../../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

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
  it("equals the direct discounted sum of FHS 2010 eq. 14 at d = 0.1 per opportunity, also for a pattern seen twice (₂F₁ is remembered per n)", () => {
    const kernel = bgBbDiscountedResidualPurchases(params, 0.1);
    for (const [x, tx, n] of [
      [6, 6, 6],
      [1, 1, 6],
      [6, 6, 6],
      [2, 3, 4],
    ] as const) {
      expectClose(kernel(x, tx, n), directSum(x, tx, n, 0.1), { rel: 1e-9 }, `${x},${tx},${n}`);
    }
  });

  it("falls as d rises", () => {
    expect(bgBbDiscountedResidualPurchases(params, 0.3)(4, 6, 6)).toBeLessThan(
      bgBbDiscountedResidualPurchases(params, 0.05)(4, 6, 6),
    );
  });
});
