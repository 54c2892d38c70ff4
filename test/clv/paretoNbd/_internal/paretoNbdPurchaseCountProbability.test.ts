import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountModel } from "../../../../src/clv/CountModelFit.ts";
import { paretoNbdPurchaseCountProbability } from "../../../../src/clv/paretoNbd/_internal/paretoNbdPurchaseCountProbability.ts";
import type { ParetoNbdParams } from "../../../../src/clv/paretoNbd/ParetoNbdParams.ts";
import { simulateParetoNbd } from "../../../../src/clv/paretoNbd/simulateParetoNbd.ts";
import { expectedPurchases } from "../../../../src/clv/predictions/expectedPurchases.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadParetoNbdCountCases } from "../../../fixtures/paretonbd-mpmath/loadFixture.ts";

// Fader, Hardie & Lee (2005), CDNOW, weeks
const cdnow: ParetoNbdParams = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.667 };

/** Log-uniform on [10^lo, 10^hi]. */
const logUniform = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((e) => 10 ** e);
/** r, s in 0.01…30 and α, β in 0.01…1000 (ratios α/β from 1e-5 to 1e5). */
const paretoNbdParams = fc.record({
  r: logUniform(-2, 1.5),
  alpha: logUniform(-2, 3),
  s: logUniform(-2, 1.5),
  beta: logUniform(-2, 3),
});

describe("paretoNbdPurchaseCountProbability", () => {
  it("matches an independent mpmath evaluation (quadrature of the definition, and the ₂F₁ form at up to 2000 digits) to 2e-11 relative, n up to 500, t up to 10,000, α/β from 8e-5 to 2e4, s near 1", () => {
    // NOTE: 2e-11, not 1e-13: ln ₂F₁ reaches ~1000 for n = 500 (r = 0.01, s = 30), so its last bit alone is
    // 2e-13 of ₂F₁, and the bracket B₁ − Σ … may keep only 1e-3 of B₁ before the tail sum takes over.
    // All but one of the 371 cases (r = 0.01, s = 30, n = 500, t = 39: 1.2e-11) agree to 3e-13.
    const cases = loadParetoNbdCountCases();
    expect(cases.length).toBe(371);
    for (const c of cases) {
      const p = paretoNbdPurchaseCountProbability(c, c.n, c.t);
      expectClose(p, c.value, { rel: 2e-11 }, `${c.group} n ${c.n} t ${c.t}`);
    }
  });

  it("is 1 for n = 0 and 0 otherwise at t = 0", () => {
    expect(paretoNbdPurchaseCountProbability(cdnow, 0, 0)).toBe(1);
    expect(paretoNbdPurchaseCountProbability(cdnow, 3, 0)).toBe(0);
  });

  it("sums to 1 to 1e-10 and has mean E[X(t)] to 1e-12 relative (CDNOW parameters, t = 39, 52, 78 weeks)", () => {
    const fit: CountModel = { model: "pareto-nbd", params: cdnow, unit: "week" };
    for (const t of [39, 52, 78]) {
      let sum = 0;
      let mean = 0;
      // Stop once n·P(X(t) = n) < 1e-16: the terms fall geometrically (ratio about t/(α + t) ≤ 0.89), so
      // the neglected tail of the mean is below 1e-14.
      for (let n = 0; ; n++) {
        const p = paretoNbdPurchaseCountProbability(cdnow, n, t);
        sum += p;
        mean += n * p;
        if (n > 50 && n * p < 1e-16) break;
      }
      expectClose(sum, 1, { abs: 1e-10 }, `Σ P, t ${t}`);
      expectClose(mean, expectedPurchases(fit, t), { rel: 1e-12 }, `Σ n P, t ${t}`);
    }
  });

  it("sums to 1 to 1e-10 where the tail sum and the contiguous relation are used (α/β = 2e4, α/β = 1e-4, s near 1)", () => {
    for (const [params, t] of [
      [{ r: 6.7, alpha: 746, s: 0.535, beta: 0.04 }, 8.8],
      [{ r: 1.66, alpha: 0.0138, s: 16, beta: 166 }, 0.08],
      [{ r: 0.55, alpha: 10, s: 0.9999, beta: 11 }, 52],
    ] as const) {
      let sum = 0;
      for (let n = 0; ; n++) {
        const p = paretoNbdPurchaseCountProbability(params, n, t);
        sum += p;
        if (n > 50 && n * p < 1e-16) break;
      }
      expectClose(sum, 1, { abs: 1e-10 }, JSON.stringify(params));
    }
  });

  it("agrees with the histogram of 100,000 simulated customers within 4 standard errors (CDNOW parameters, t = 39; counts 0…14 and ≥ 15)", () => {
    const customers = 100_000;
    const t = 39;
    const sim = simulateParetoNbd({ params: cdnow, customers, T: t, seed: 2005 });
    const bins = 16;
    const observed = new Array<number>(bins).fill(0);
    for (const x of sim.frequency) observed[Math.min(x, bins - 1)]! += 1;
    let below = 0;
    for (let n = 0; n < bins; n++) {
      const p = n < bins - 1 ? paretoNbdPurchaseCountProbability(cdnow, n, t) : 1 - below;
      below += p;
      const se = Math.sqrt(customers * p * (1 - p));
      expect(
        Math.abs(observed[n]! - customers * p),
        `n ${n}: ${observed[n]} vs ${customers * p} ± ${se}`,
      ).toBeLessThanOrEqual(4 * se);
    }
  });

  it("is in [0, 1] and never NaN for n ≤ 500 and t ≤ 10,000 (property over r, s 0.01…30 and α, β 0.01…1000)", () => {
    fc.assert(
      fc.property(
        paretoNbdParams,
        fc.integer({ min: 0, max: 500 }),
        fc.oneof(fc.constant(10_000), fc.double({ min: 0, max: 10_000, noNaN: true })),
        (params, n, t) => {
          const p = paretoNbdPurchaseCountProbability(params, n, t);
          expect(p >= 0 && p <= 1, `${JSON.stringify(params)} n ${n} t ${t}: ${p}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is deterministic and does not mutate the parameters", () => {
    const params = { ...cdnow };
    const copy = structuredClone(params);
    const first = paretoNbdPurchaseCountProbability(params, 7, 52);
    expect(paretoNbdPurchaseCountProbability(params, 7, 52)).toBe(first);
    expect(params).toEqual(copy);
  });
});
