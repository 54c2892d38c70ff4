import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { frequencyChiSquare } from "../../../src/clv/checking/frequencyChiSquare.ts";
import { fitParetoNbd } from "../../../src/clv/paretoNbd/fitParetoNbd.ts";
import { purchaseCountProbability } from "../../../src/clv/predictions/purchaseCountProbability.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";
import { loadDonations } from "../../_helpers/loadDonations.ts";

const published: CountModel = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
};

describe("frequencyChiSquare", () => {
  const { summary, fit } = loadCdnowHoldout();

  it("compares CDNOW's calibration frequencies (FHL 2005 Figure 3 counts) with Σ P(X(Tᵢ) = x) computed customer by customer (1e-10), df = 8 − 1 − 4", () => {
    const r = frequencyChiSquare(fit, summary);
    expect(r.bins.map((b) => b.observed)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    const expected = new Array<number>(8).fill(0);
    for (const c of summary.rows) {
      let below = 0;
      for (let x = 0; x < 7; x++) {
        const p = purchaseCountProbability(fit, x, c.T);
        expected[x]! += p;
        below += p;
      }
      expected[7]! += 1 - below;
    }
    let statistic = 0;
    r.bins.forEach((b, i) => {
      // NOTE: 1e-10: the sums run over 2,357 terms in a different order (grouped by T here).
      expectClose(b.expected, expected[i]!, { rel: 1e-10 }, `bin ${b.label}`);
      statistic += (b.observed - expected[i]!) ** 2 / expected[i]!;
    });
    expectClose(
      r.bins.reduce((s, b) => s + b.expected, 0),
      2357,
      { rel: 1e-12 },
    );
    expectClose(r.statistic, statistic, { rel: 1e-9 });
    expect(r.df).toBe(3);
    expect(r.pValue).toBeGreaterThan(0.05); // the BG/NBD reproduces the histogram
    expect(r.warnings).toEqual([]);
  });

  it("computes the p-value as P(χ²_df > statistic): df 2 gives e^(−statistic/2)", () => {
    const r = frequencyChiSquare(fit, summary, { maxFrequency: 6, estimatedParameters: 4 });
    expect(r.df).toBe(2);
    expectClose(r.pValue, Math.exp(-r.statistic / 2), { rel: 1e-13 });
  });

  it("uses estimatedParameters 0 for published parameters and warns about bins with expected count < 5", () => {
    const r = frequencyChiSquare(
      published,
      { customerId: [1, 2, 3, 4], frequency: [0, 0, 1, 3], recency: [0, 0, 10, 30], T: [39, 39, 39, 39] },
      { maxFrequency: 2, estimatedParameters: 0 },
    );
    expect(r.df).toBe(2);
    expect(r.bins.map((b) => b.observed)).toEqual([2, 1, 1]);
    expect(r.warnings).toHaveLength(3);
    expectClose(r.bins[0]!.expected, 4 * purchaseCountProbability(published, 0, 39), { rel: 1e-14 });
  });

  it("throws domain_error when the bins leave no degree of freedom, invalid_input for bad options", () => {
    const e = expectClienteleError(() => frequencyChiSquare(fit, summary, { maxFrequency: 4 }), "domain_error");
    expect(issuePaths(e)).toEqual(["options.maxFrequency"]);
    expectClienteleError(() => frequencyChiSquare(fit, summary, { estimatedParameters: -1 }), "invalid_input");
    expectClienteleError(() => frequencyChiSquare(fit, []), "insufficient_data");
  });

  it("does not mutate its input; p-value in [0, 1] and expected counts sum to the customers (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 9 }), T: fc.integer({ min: 20, max: 40 }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (specs) => {
          const columns = {
            customerId: specs.map((_, i) => i),
            frequency: specs.map((s) => s.x),
            recency: specs.map((s) => (s.x === 0 ? 0 : s.T / 2)),
            T: specs.map((s) => s.T),
          };
          const copy = structuredClone(columns);
          const r = frequencyChiSquare(published, columns, { maxFrequency: 5, estimatedParameters: 0 });
          expect(columns).toEqual(copy);
          expect(r.pValue).toBeGreaterThanOrEqual(0);
          expect(r.pValue).toBeLessThanOrEqual(1);
          expectClose(
            r.bins.reduce((s, b) => s + b.expected, 0),
            specs.length,
            { rel: 1e-12 },
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it("tests a Pareto/NBD fit too (its P(X(t) = x) now exists): expected counts summed customer by customer (1e-10)", () => {
    const pareto = fitParetoNbd(summary, { unit: "week", standardErrors: false });
    const r = frequencyChiSquare(pareto, summary);
    expect(r.df).toBe(3);
    let zeros = 0;
    for (const row of summary.rows) zeros += purchaseCountProbability(pareto, 0, row.T);
    expectClose(r.bins[0]!.expected, zeros, { rel: 1e-10 });
    expectClose(
      r.bins.reduce((sum, b) => sum + b.expected, 0),
      summary.rows.length,
      { rel: 1e-12 },
    );
    expect(r.bins[0]!.observed).toBe(1411);
  });

  it("tests a BG/BB fit on the donations patterns: bins by x of 6 years, expected 11,104 · P(X(6) = x) (FHS 2010 eq. 8)", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    const patterns = loadDonations();
    const r = frequencyChiSquare(donations, patterns, { maxFrequency: 6 });
    expect(r.bins.map((b) => b.label)).toEqual(["0", "1", "2", "3", "4", "5", "6+"]);
    expect(r.df).toBe(2);
    for (const bin of r.bins) {
      const observed = patterns
        .filter((p) => p.frequency === bin.frequency)
        .reduce((sum, p) => sum + (p.count ?? 1), 0);
      expect(bin.observed).toBe(observed);
      expectClose(bin.expected, 11_104 * purchaseCountProbability(donations, bin.frequency, 6), { rel: 1e-12 });
    }
    expect(r.bins[0]!.observed).toBe(3464);
    expect(r.pValue).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
  });
});
