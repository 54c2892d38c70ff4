import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import type { BgNbdParams } from "../../../src/clv/bgNbd/BgNbdParams.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { expectedPurchases } from "../../../src/clv/predictions/expectedPurchases.ts";
import { logGamma } from "../../../src/math/logGamma.ts";
import { bgNbdParams } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";
import { loadBgNbdCases, loadMbgNbdCases } from "../../fixtures/mpmath-issue17/loadFixture.ts";

const model = (params: BgNbdParams): CountModel => ({ model: "bg-nbd", params, unit: "week" });

describe("expectedPurchases", () => {
  it("gives E[X(52)] = 1.444 for a new CDNOW customer under the CDNOW fit (Fader, Hardie & Lee 2005 model)", () => {
    const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });
    // NOTE: the reference is given to 3 decimals.
    expectClose(expectedPurchases(fit, 52), 1.444, { abs: 5e-4 });
  });

  it("gives 1.446 with the paper's parameters rounded to 3 digits (r 0.243, α 4.414, a 0.793, b 2.426), and 0 at t = 0", () => {
    const published = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    expectClose(expectedPurchases(published, 52), 1.446, { abs: 5e-4 });
    expect(expectedPurchases(published, 0)).toBe(0);
  });

  it("tends to the initial purchase rate r/α for short horizons, also at a = 1 where the closed form is 0/0", () => {
    // Regression: the closed form's bracket cancels as t → 0 (it returned 0 at t = 6.1e-13 with a = 1).
    for (const a of [1, 0.793, 2.5]) {
      const m = model({ r: 0.3932505215749881, alpha: 1, a, b: 1.3 });
      for (const t of [1e-300, 1e-13, 6.098108589186052e-13, 1e-9, 1e-6]) {
        // NOTE: E[X(t)] = (r/α)·t·(1 + O(t)); 1e-6 relative covers the O(t) term at t = 1e-6.
        expectClose(expectedPurchases(m, t) / t, 0.3932505215749881, { rel: 1e-6 }, `a ${a}, t ${t}`);
      }
    }
  });

  it("is finite, ≥ 0 and non-decreasing in t (property over r, α 1e-3…1e3 and t up to 1e6)", () => {
    fc.assert(
      fc.property(
        bgNbdParams,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (params, u, v) => {
          const [t1, t2] = u < v ? [u, v] : [v, u];
          const e1 = expectedPurchases(model(params), t1);
          const e2 = expectedPurchases(model(params), t2);
          expect(e1).toBeGreaterThanOrEqual(0);
          // NOTE: relative slack for rounding, absolute slack for subnormal results (t below ~1e-300).
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9) - 1e-300);
        },
      ),
    );
  });

  it("rejects a negative or non-finite t with invalid_input at t", () => {
    const m = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    for (const t of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(issuePaths(expectClienteleError(() => expectedPurchases(m, t), "invalid_input"))).toEqual(["t"]);
    }
  });

  it("does not mutate the fit", () => {
    const m = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    const copy = structuredClone(m);
    expectedPurchases(m, 10);
    expect(m).toEqual(copy);
  });

  it("dispatches to Pareto/NBD (E[X(t)]/t → r/α at t = 1e-12) and MBG/NBD (→ b/(a + b) · r/α)", () => {
    const pareto: CountModel = {
      model: "pareto-nbd",
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      unit: "week",
    };
    const mbg: CountModel = { model: "mbg-nbd", params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, unit: "week" };
    expectClose(expectedPurchases(pareto, 1e-12) / 1e-12, 0.553 / 10.578, { rel: 1e-10 });
    expectClose(expectedPurchases(mbg, 1e-12) / 1e-12, (1.614 / (0.891 + 1.614)) * (0.525 / 6.183), { rel: 1e-10 });
    expect(expectedPurchases(pareto, 52)).toBeGreaterThan(expectedPurchases(pareto, 39));
  });

  const donations = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
  const donationsFit = { model: "bg-bb", params: donations } as const;

  /** FHS 2010 eq. 7, closed form. */
  function eq7(n: number): number {
    const { alpha: a, beta: b, gamma: g, delta: d } = donations;
    const ratio = Math.exp(logGamma(g + d) + logGamma(1 + d + n) - logGamma(g + d + n) - logGamma(1 + d));
    return (a / (a + b)) * (d / (g - 1)) * (1 - ratio);
  }

  it("BG/BB: equals FHS 2010 eq. 7 in closed form for the 1995 donations cohort over years 1–11 (1e-12 relative), and 0 at n = 0", () => {
    for (let n = 1; n <= 11; n++) expectClose(expectedPurchases(donationsFit, n), eq7(n), { rel: 1e-12 }, `n = ${n}`);
    expect(expectedPurchases(donationsFit, 0)).toBe(0);
    expect(expectedPurchases(donationsFit, 6).toFixed(3)).toBe("2.220");
  });

  it("BG/BB: matches the mean of 200,000 simulated customers over 11 opportunities within 4 standard errors", () => {
    const sim = simulateBgBb({ params: donations, customers: 200_000, opportunities: 11, seed: 5 });
    let s = 0;
    let s2 = 0;
    for (const x of sim.frequency) {
      s += x;
      s2 += x * x;
    }
    const mean = s / 200_000;
    const se = Math.sqrt((s2 / 200_000 - mean * mean) / 200_000);
    expect(Math.abs(mean - expectedPurchases(donationsFit, 11))).toBeLessThan(4 * se);
  });

  it("BG/BB: increases in n and stays below α/(α+β)·n, without NaN up to 10⁵ opportunities (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const e = expectedPurchases(donationsFit, n);
        expect(expectedPurchases(donationsFit, n + 1)).toBeGreaterThan(e);
        expect(e).toBeLessThanOrEqual((donations.alpha / (donations.alpha + donations.beta)) * n + 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it("requires a whole number of opportunities for BG/BB (invalid_input at t)", () => {
    expect(issuePaths(expectClienteleError(() => expectedPurchases(donationsFit, 2.5), "invalid_input"))).toEqual([
      "t",
    ]);
  });

  it("does not collapse for large r: BG/NBD and MBG/NBD E[X(t)] against mpmath, 1e-9 relative (issue 17, item 1)", () => {
    // Before the fix: 0 for r = α = 2000 at t = 1000 (mpmath 28.69), 0.98999 for r = 1e4, α = 1e-4 at every t.
    for (const { args, value } of loadBgNbdCases()) {
      const [r, alpha, a, b, x, , T, t] = args;
      if (x !== 0 || T !== 0) continue;
      expectClose(expectedPurchases(model({ r, alpha, a, b }), t), value, { rel: 1e-9 }, `bg-nbd ${args.join(" ")}`);
    }
    for (const { args, value } of loadMbgNbdCases()) {
      const [r, alpha, a, b, , , , t] = args;
      const fit: CountModel = { model: "mbg-nbd", params: { r, alpha, a, b }, unit: "week" };
      expectClose(expectedPurchases(fit, t), value, { rel: 1e-9 }, `mbg-nbd t ${t}`);
    }
  });
});
