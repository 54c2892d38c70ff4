import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbLogLikelihoodOne } from "../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { bgBbConditionalExpectedPurchases } from "../../../src/clv/bgBb/bgBbConditionalExpectedPurchases.ts";
import { bgBbExpectedPurchases } from "../../../src/clv/bgBb/bgBbExpectedPurchases.ts";
import { logBeta } from "../../../src/math/logBeta.ts";
import { logGamma } from "../../../src/math/logGamma.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const fit = { model: "bg-bb", params } as const;

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
  it("equals FHS 2010 eq. 13 in closed form for donations patterns (6,6,6), (3,5,6), (1,1,6), (0,0,6) over 5 years (1e-10 relative)", () => {
    for (const [x, tx] of [
      [6, 6],
      [3, 5],
      [1, 1],
      [0, 0],
    ] as const) {
      expectClose(
        bgBbConditionalExpectedPurchases(fit, 5, { frequency: x, recency: tx, opportunities: 6 }),
        eq13(5, x, tx, 6),
        { rel: 1e-10 },
        `${x},${tx}`,
      );
    }
  });

  it("equals the unconditional E[X(n*)] for a new customer (x = t_x = n = 0)", () => {
    expectClose(
      bgBbConditionalExpectedPurchases(fit, 11, { frequency: 0, recency: 0, opportunities: 0 }),
      bgBbExpectedPurchases(fit, 11),
      { rel: 1e-12 },
    );
  });

  it("is 0 at n* = 0 and non-decreasing in n*, finite for hundreds of opportunities", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        (nStar, [n, tx]) => {
          const customer = { frequency: tx === 0 ? 0 : Math.ceil(tx / 2), recency: tx, opportunities: n };
          const e = bgBbConditionalExpectedPurchases(fit, nStar, customer);
          expect(Number.isFinite(e)).toBe(true);
          expect(bgBbConditionalExpectedPurchases(fit, nStar + 1, customer)).toBeGreaterThanOrEqual(e);
        },
      ),
      { numRuns: 100 },
    );
    expect(bgBbConditionalExpectedPurchases(fit, 0, { frequency: 2, recency: 3, opportunities: 6 })).toBe(0);
  });

  it("rejects x > n at customer.frequency and a negative n* at nStar", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => bgBbConditionalExpectedPurchases(fit, 5, { frequency: 7, recency: 6, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => bgBbConditionalExpectedPurchases(fit, -1, { frequency: 1, recency: 1, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["nStar"]);
  });
});
