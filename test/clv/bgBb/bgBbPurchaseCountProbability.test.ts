import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbExpectedPurchases } from "../../../src/clv/bgBb/bgBbExpectedPurchases.ts";
import { bgBbPurchaseCountProbability } from "../../../src/clv/bgBb/bgBbPurchaseCountProbability.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

describe("bgBbPurchaseCountProbability", () => {
  it("sums to 1 over x = 0…n and its mean equals E[X(n)] (FHS 2010 eqs. 7–8) for n = 6 and n = 300", () => {
    for (const n of [6, 300]) {
      let total = 0;
      let mean = 0;
      for (let x = 0; x <= n; x++) {
        const p = bgBbPurchaseCountProbability(fit, x, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        total += p;
        mean += x * p;
      }
      expectClose(total, 1, { abs: 1e-10 });
      expectClose(mean, bgBbExpectedPurchases(fit, n), { rel: 1e-9 });
    }
  });

  it("stays in [0, 1] for extreme parameters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 200 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([alpha, beta, gamma, delta], [n, x]) => {
          const p = bgBbPurchaseCountProbability(
            { model: "bg-bb", params: { alpha: alpha!, beta: beta!, gamma: gamma!, delta: delta! } },
            x,
            n,
          );
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("rejects x > n with invalid_input at x", () => {
    expect(issuePaths(expectClienteleError(() => bgBbPurchaseCountProbability(fit, 7, 6), "invalid_input"))).toEqual([
      "x",
    ]);
  });
});
