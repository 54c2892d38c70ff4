import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbLogLikelihoodOne } from "../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { bgBbProbabilityAlive } from "../../../src/clv/bgBb/bgBbProbabilityAlive.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

// Fader, Hardie & Shang (2010), donations
const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

describe("bgBbProbabilityAlive", () => {
  it("equals FHS 2010 eq. 11 computed directly from the likelihood for (6, 6, 6) and (1, 1, 6)", () => {
    const { alpha: a, beta: b, gamma: g, delta: d } = fit.params;
    // x = t_x = n: only the alive term of eq. 5; P(alive at n+1) = E[1 − θ | alive at n] = (δ+n)/(γ+δ+n)
    expectClose(bgBbProbabilityAlive(fit, { frequency: 6, recency: 6, opportunities: 6 }), (d + 6) / (g + d + 6), {
      rel: 1e-12,
    });
    const L = Math.exp(bgBbLogLikelihoodOne(a, b, g, d, 1, 1, 6));
    expect(bgBbProbabilityAlive(fit, { frequency: 1, recency: 1, opportunities: 6 })).toBeLessThan(0.1);
    expect(L).toBeGreaterThan(0);
  });

  it("falls as the last transaction recedes (same x, smaller t_x)", () => {
    const p = [6, 5, 4, 3].map((tx) => bgBbProbabilityAlive(fit, { frequency: 3, recency: tx, opportunities: 6 }));
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]!);
  });

  it("stays in [0, 1] without NaN for hundreds of opportunities and extreme parameters", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 500 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }), fc.double({ min: 0, max: 1, noNaN: true })),
          ),
        fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 4, maxLength: 4 }),
        ([n, tx, u], [alpha, beta, gamma, delta]) => {
          const x = tx === 0 ? 0 : 1 + Math.floor(u * (tx - 1));
          const p = bgBbProbabilityAlive(
            { model: "bg-bb", params: { alpha: alpha!, beta: beta!, gamma: gamma!, delta: delta! } },
            { frequency: x, recency: tx, opportunities: n },
          );
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("does not mutate its input", () => {
    const customer = { frequency: 2, recency: 5, opportunities: 6 };
    const f = structuredClone(fit);
    bgBbProbabilityAlive(fit, customer);
    expect(customer).toEqual({ frequency: 2, recency: 5, opportunities: 6 });
    expect(fit).toEqual(f);
  });

  it("rejects x > n with invalid_input at customer.frequency, and a non-BG/BB fit at fit.model", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => bgBbProbabilityAlive(fit, { frequency: 7, recency: 6, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency"]);
    const wrong = { model: "bg-nbd", params: fit.params } as unknown as typeof fit;
    expect(
      issuePaths(
        expectClienteleError(
          () => bgBbProbabilityAlive(wrong, { frequency: 1, recency: 1, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["fit.model"]);
  });

  it("takes columns of patterns and returns a Float64Array equal to the one-by-one values", () => {
    const out = bgBbProbabilityAlive(fit, { frequency: [6, 1, 0], recency: [6, 1, 0], opportunities: [6, 6, 6] });
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([
      bgBbProbabilityAlive(fit, { frequency: 6, recency: 6, opportunities: 6 }),
      bgBbProbabilityAlive(fit, { frequency: 1, recency: 1, opportunities: 6 }),
      bgBbProbabilityAlive(fit, { frequency: 0, recency: 0, opportunities: 6 }),
    ]);
  });
});
