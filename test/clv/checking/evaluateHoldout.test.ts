import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { evaluateHoldout } from "../../../src/clv/checking/evaluateHoldout.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

const published: CountModel = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
};

describe("evaluateHoldout", () => {
  const { summary, fit } = loadCdnowHoldout();

  it("scores the CDNOW BG/NBD fit: 2,357 customers, 1,882 actual holdout purchases, MAE/RMSE/aggregate as computed customer by customer (1e-12)", () => {
    const e = evaluateHoldout(fit, summary);
    let abs = 0;
    let sq = 0;
    let total = 0;
    for (const c of summary.rows) {
      const d = c.holdoutFrequency! - conditionalExpectedPurchases(fit, 39, c);
      abs += Math.abs(d);
      sq += d * d;
      total += conditionalExpectedPurchases(fit, 39, c);
    }
    expect(e.customers).toBe(2357);
    expect(e.aggregateActual).toBe(1882);
    expectClose(e.mae, abs / 2357, { rel: 1e-12 });
    expectClose(e.rmse, Math.sqrt(sq / 2357), { rel: 1e-12 });
    expectClose(e.aggregateExpected, total, { rel: 1e-12 });
    expectClose(e.aggregateError!, (total - 1882) / 1882, { rel: 1e-12 });
  });

  it("gives 0 errors when every customer's holdout count equals its expectation", () => {
    // x = 0 customers with the same T all have the same expectation; a fractional 'count' is not allowed,
    // so build a model whose expectation is exactly 0: a horizon of 0.
    const e = evaluateHoldout(published, [
      { customerId: "a", frequency: 0, recency: 0, T: 10, holdoutFrequency: 0, holdoutDuration: 0 },
      { customerId: "b", frequency: 3, recency: 9, T: 10, holdoutFrequency: 0, holdoutDuration: 0 },
    ]);
    expect(e).toEqual({
      customers: 2,
      mae: 0,
      rmse: 0,
      aggregateActual: 0,
      aggregateExpected: 0,
      aggregateError: null,
    });
  });

  it("returns aggregateError null (never NaN) when nobody bought in the holdout", () => {
    const e = evaluateHoldout(published, [
      { customerId: "a", frequency: 1, recency: 2, T: 10, holdoutFrequency: 0, holdoutDuration: 5 },
    ]);
    expect(e.aggregateError).toBeNull();
    expect(e.aggregateExpected).toBeGreaterThan(0);
  });

  it("throws invalid_input for missing holdout fields (path per customer) and insufficient_data for no customers", () => {
    const e = expectClienteleError(
      () => evaluateHoldout(published, { customerId: [1], frequency: [0], recency: [0], T: [1] }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["summaries.holdoutFrequency[0]", "summaries.holdoutDuration[0]"]);
    expectClienteleError(() => evaluateHoldout(published, []), "insufficient_data");
  });

  it("does not mutate its input and RMSE ≥ MAE ≥ 0 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 8 }), h: fc.integer({ min: 0, max: 8 }) }), {
          minLength: 1,
          maxLength: 15,
        }),
        (specs) => {
          const rows = specs.map((s, i) => ({
            customerId: String(i),
            frequency: s.x,
            recency: s.x === 0 ? 0 : 20,
            T: 30,
            holdoutFrequency: s.h,
            holdoutDuration: 26,
          }));
          const copy = structuredClone(rows);
          const e = evaluateHoldout(published, rows);
          expect(rows).toEqual(copy);
          expect(e.mae).toBeGreaterThanOrEqual(0);
          expect(e.rmse).toBeGreaterThanOrEqual(e.mae - 1e-12);
        },
      ),
      { numRuns: 50 },
    );
  });

  describe("BG/BB (Fader, Hardie & Shang 2010)", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

    it("weights pattern rows by count: the same scores as the expanded customers, computed one by one (1e-12)", () => {
      const patterns = [
        { frequency: 0, recency: 0, opportunities: 6, holdoutFrequency: 0, holdoutOpportunities: 5, count: 30 },
        { frequency: 3, recency: 5, opportunities: 6, holdoutFrequency: 2, holdoutOpportunities: 5, count: 4 },
        { frequency: 6, recency: 6, opportunities: 6, holdoutFrequency: 5, holdoutOpportunities: 5, count: 2 },
      ];
      const e = evaluateHoldout(donations, patterns);
      let absolute = 0;
      let squared = 0;
      let expectedTotal = 0;
      for (const { count, ...p } of patterns) {
        const x = conditionalExpectedPurchases(donations, 5, p);
        absolute += count * Math.abs(p.holdoutFrequency - x);
        squared += count * (p.holdoutFrequency - x) ** 2;
        expectedTotal += count * x;
      }
      expect(e.customers).toBe(36);
      expect(e.aggregateActual).toBe(18);
      expectClose(e.aggregateExpected, expectedTotal, { rel: 1e-12 });
      expectClose(e.mae, absolute / 36, { rel: 1e-12 });
      expectClose(e.rmse, Math.sqrt(squared / 36), { rel: 1e-12 });
      const expanded = patterns.flatMap(({ count, ...p }) => Array.from({ length: count }, () => p));
      const one = evaluateHoldout(donations, expanded);
      expectClose(one.mae, e.mae, { rel: 1e-12 });
      expectClose(one.aggregateExpected, e.aggregateExpected, { rel: 1e-12 });
    });

    it("forecasts 20,000 simulated donors' total holdout transactions within 2% at the true parameters", () => {
      const customers = 20_000;
      const sim = simulateBgBb({
        params: donations.params,
        customers,
        opportunities: 6,
        holdoutOpportunities: 5,
        seed: 4,
      });
      const e = evaluateHoldout(donations, { ...sim, holdoutOpportunities: new Float64Array(customers).fill(5) });
      expect(e.customers).toBe(customers);
      expect(Math.abs(e.aggregateError!)).toBeLessThan(0.02);
    });
  });
});
