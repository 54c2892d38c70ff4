import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbExpectedPurchases } from "../../../src/clv/bgBb/bgBbExpectedPurchases.ts";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import { logGamma } from "../../../src/math/logGamma.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const fit = { model: "bg-bb", params } as const;

/** FHS 2010 eq. 7, closed form. */
function eq7(n: number): number {
  const { alpha: a, beta: b, gamma: g, delta: d } = params;
  const ratio = Math.exp(logGamma(g + d) + logGamma(1 + d + n) - logGamma(g + d + n) - logGamma(1 + d));
  return (a / (a + b)) * (d / (g - 1)) * (1 - ratio);
}

describe("bgBbExpectedPurchases", () => {
  it("equals FHS 2010 eq. 7 in closed form for the 1995 donations cohort over years 1–11 (1e-12 relative)", () => {
    for (let n = 1; n <= 11; n++) expectClose(bgBbExpectedPurchases(fit, n), eq7(n), { rel: 1e-12 }, `n = ${n}`);
  });

  it("matches the mean of 200,000 simulated customers over 11 opportunities within 4 standard errors", () => {
    const sim = simulateBgBb({ params, customers: 200_000, opportunities: 11, seed: 5 });
    let s = 0;
    let s2 = 0;
    for (const x of sim.frequency) {
      s += x;
      s2 += x * x;
    }
    const mean = s / 200_000;
    const se = Math.sqrt((s2 / 200_000 - mean * mean) / 200_000);
    expect(Math.abs(mean - bgBbExpectedPurchases(fit, 11))).toBeLessThan(4 * se);
  });

  it("is 0 at n = 0, increases in n and stays below α/(α+β)·n, without NaN up to 10⁵ opportunities", () => {
    expect(bgBbExpectedPurchases(fit, 0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const e = bgBbExpectedPurchases(fit, n);
        expect(bgBbExpectedPurchases(fit, n + 1)).toBeGreaterThan(e);
        expect(e).toBeLessThanOrEqual((params.alpha / (params.alpha + params.beta)) * n + 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it("rejects a non-integer n with invalid_input at n", () => {
    expect(issuePaths(expectClienteleError(() => bgBbExpectedPurchases(fit, 2.5), "invalid_input"))).toEqual(["n"]);
  });
});
