import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbPurchaseCountProbability } from "../../../src/clv/bgBb/_internal/bgBbPurchaseCountProbability.ts";
import type { BgNbdParams } from "../../../src/clv/bgNbd/BgNbdParams.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { expectedPurchases } from "../../../src/clv/predictions/expectedPurchases.ts";
import { purchaseCountProbability } from "../../../src/clv/predictions/purchaseCountProbability.ts";
import { bgNbdParams } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadBgBbCases } from "../../fixtures/mpmath-issue17/loadFixture.ts";

const model = (params: BgNbdParams): CountModel => ({ model: "bg-nbd", params, unit: "week" });
const cdnow = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });

describe("purchaseCountProbability", () => {
  it("sums to 1 over n and has mean E[X(t)] (CDNOW parameters, t = 39 weeks)", () => {
    let sum = 0;
    let mean = 0;
    for (let n = 0; n <= 600; n++) {
      const p = purchaseCountProbability(cdnow, n, 39);
      sum += p;
      mean += n * p;
    }
    expectClose(sum, 1, { abs: 1e-9 });
    // NOTE: truncation at n = 600 leaves a tail of about 1e-9 in the mean.
    expectClose(mean, expectedPurchases(cdnow, 39), { rel: 1e-6 });
  });

  it("stays in [0, 1] and sums to at most 1 (property over r, α 1e-3…1e3 and t ≤ 100)", () => {
    fc.assert(
      fc.property(bgNbdParams, fc.double({ min: 0, max: 100, noNaN: true }), (params, t) => {
        let sum = 0;
        for (let n = 0; n < 30; n++) {
          const p = purchaseCountProbability(model(params), n, t);
          expect(p >= 0 && p <= 1).toBe(true);
          sum += p;
        }
        expect(sum).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it("rejects a non-integer or negative n and a bad t with paths", () => {
    expect(issuePaths(expectClienteleError(() => purchaseCountProbability(cdnow, 1.5, 39), "invalid_input"))).toEqual([
      "n",
    ]);
    expect(issuePaths(expectClienteleError(() => purchaseCountProbability(cdnow, -1, 39), "invalid_input"))).toEqual([
      "n",
    ]);
    expect(
      issuePaths(expectClienteleError(() => purchaseCountProbability(cdnow, 1, Number.NaN), "invalid_input")),
    ).toEqual(["t"]);
  });

  it("does not mutate the fit", () => {
    const copy = structuredClone(cdnow);
    purchaseCountProbability(cdnow, 3, 39);
    expect(cdnow).toEqual(copy);
  });

  it("gives Pareto/NBD probabilities that sum to 1 and have mean E[X(t)] (CDNOW parameters, t = 39, 52, 78 weeks), and MBG/NBD probabilities that sum to 1", () => {
    const pareto: CountModel = {
      model: "pareto-nbd",
      params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.667 },
      unit: "week",
    };
    for (const t of [39, 52, 78]) {
      let sum = 0;
      let mean = 0;
      // The terms fall geometrically (ratio about t/(α + t) ≤ 0.89): by n = 400, n·P < 1e-18.
      for (let n = 0; n <= 400; n++) {
        const p = purchaseCountProbability(pareto, n, t);
        sum += p;
        mean += n * p;
      }
      expectClose(sum, 1, { abs: 1e-10 }, `t ${t}`);
      expectClose(mean, expectedPurchases(pareto, t), { rel: 1e-12 }, `t ${t}`);
    }
    const mbg: CountModel = { model: "mbg-nbd", params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, unit: "week" };
    let total = 0;
    for (let n = 0; n < 300; n++) total += purchaseCountProbability(mbg, n, 39);
    expectClose(total, 1, { abs: 1e-10 });
  });

  it("returns a Pareto/NBD probability in [0, 1] without throwing for n ≤ 500 and t ≤ 10,000 (property over r, s 0.01…30 and α, β 0.01…1000)", () => {
    const logUniform = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((e) => 10 ** e);
    fc.assert(
      fc.property(
        fc.record({
          r: logUniform(-2, 1.5),
          alpha: logUniform(-2, 3),
          s: logUniform(-2, 1.5),
          beta: logUniform(-2, 3),
        }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (params, n, t) => {
          const p = purchaseCountProbability({ model: "pareto-nbd", params, unit: "week" }, n, t);
          expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("dispatches a BG/BB fit to FHS 2010 eq. 8 over whole opportunities: 0 beyond n, sums to 1, mean E[X(n)]", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    let total = 0;
    let mean = 0;
    for (let x = 0; x <= 6; x++) {
      const p = purchaseCountProbability(donations, x, 6);
      expect(p).toBe(bgBbPurchaseCountProbability(donations.params, x, 6));
      total += p;
      mean += x * p;
    }
    expectClose(total, 1, { abs: 1e-12 });
    expectClose(mean, expectedPurchases(donations, 6), { rel: 1e-10 });
    expect(purchaseCountProbability(donations, 7, 6)).toBe(0);
    expect(
      issuePaths(expectClienteleError(() => purchaseCountProbability(donations, 1, 6.5), "invalid_input")),
    ).toEqual(["t"]);
  });

  it("BG/BB: sums to 1 over x = 0…n and its mean equals E[X(n)] (FHS 2010 eqs. 7–8) for n = 6 and n = 300; P(X(6) = 0) = 0.311", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    for (const n of [6, 300]) {
      let total = 0;
      let mean = 0;
      for (let x = 0; x <= n; x++) {
        const p = purchaseCountProbability(donations, x, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        total += p;
        mean += x * p;
      }
      expectClose(total, 1, { abs: 1e-10 });
      expectClose(mean, expectedPurchases(donations, n), { rel: 1e-9 });
    }
    expect(purchaseCountProbability(donations, 0, 6).toFixed(3)).toBe("0.311");
  });

  it("BG/BB: stays in [0, 1] for extreme parameters (property: α, β, γ, δ 1e-3…1e3; n ≤ 200)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 200 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([alpha, beta, gamma, delta], [n, x]) => {
          const p = purchaseCountProbability(
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

  it("keeps the BG/BB P(X(6) = x) right as β → 0, down to 1e-300, against mpmath: 1e-12 relative (issue 17, item 2)", () => {
    // Before the fix β + i − x lost β's digits: 0.1078 for β = 1e-15 (mpmath 0.11971), NaN for β ≤ 1e-16.
    for (const c of loadBgBbCases()) {
      const [alpha, beta, gamma, delta] = c.params;
      const fit = { model: "bg-bb" as const, params: { alpha, beta, gamma, delta } };
      let sum = 0;
      for (let x = 0; x <= c.n; x++) {
        const p = purchaseCountProbability(fit, x, c.n);
        expectClose(p, c.pmf[x]!, { rel: 1e-12 }, `beta ${beta} x ${x}`);
        sum += p;
      }
      expectClose(sum, 1, { abs: 1e-12 }, `beta ${beta} sum`); // seven terms, each within 1e-12
    }
  });
});
