import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedAverageSpend } from "../../../src/clv/gammaGamma/expectedAverageSpend.ts";
import { fitGammaGamma } from "../../../src/clv/gammaGamma/fitGammaGamma.ts";
import type { SpendModel } from "../../../src/clv/gammaGamma/GammaGammaFit.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../../_helpers/loadCdnowSpend.ts";

const published: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };

const params = fc.record({
  p: fc.double({ min: -2, max: 2, noNaN: true }).map((e) => 10 ** e),
  q: fc.double({ min: 1.01, max: 100, noNaN: true }),
  gamma: fc.double({ min: -2, max: 3, noNaN: true }).map((e) => 10 ** e),
});
const spendCustomer = fc.record({
  frequency: fc.integer({ min: 0, max: 1000 }),
  monetaryValue: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

describe("expectedAverageSpend", () => {
  it("gives the population mean pγ/(q − 1) = 35.22 for FHL 2005's CDNOW parameters (as the paper reports) to a customer with x = 0", () => {
    expectClose(expectedAverageSpend(published, { frequency: 0, monetaryValue: 0 }), (6.25 * 15.44) / 2.74, {
      rel: 1e-15,
    });
    expectClose(expectedAverageSpend(published, { frequency: 0, monetaryValue: 0 }), 35.22, { abs: 5e-3 });
  });

  it("is the weighted average (q − 1)/(px + q − 1)·E[Z] + px/(px + q − 1)·z̄ (x = 2, z̄ = 22.35 → 24.6637)", () => {
    const { p, q, gamma } = published.params;
    const x = 2;
    const z = 22.35;
    const w = (p * x) / (p * x + q - 1);
    const expected = (1 - w) * ((p * gamma) / (q - 1)) + w * z;
    expectClose(expectedAverageSpend(published, { frequency: x, monetaryValue: z }), expected, { rel: 1e-14 });
    expectClose(expected, 24.663713910761, { rel: 1e-12 });
  });

  it("matches Fader, Hardie & Lee (2005) eq. 5 with the reference CDNOW fit for the first customers (1e-4 relative)", () => {
    // Expected values: FHL 2005 eq. 5, p(γ + x·z̄)/(p·x + q − 1), worked by hand with the lifetimes reference
    // parameters (p 6.248802, q 3.744588, γ 15.447748) for the first five CDNOW customers — e.g. customer 1
    // (x 2, z̄ 22.35): 6.248802·(15.447748 + 44.70)/(12.497604 + 2.744588) = 24.65858. They also agree with
    // lifetimes' conditional_expected_average_profit.
    const fit = fitGammaGamma(loadCdnowSpend());
    const rows = loadCdnowSpend().slice(0, 5);
    const lifetimes = [24.65858, 18.911472, 35.170981, 35.170981, 35.170981];
    rows.forEach((row, i) => {
      expectClose(expectedAverageSpend(fit, row), lifetimes[i]!, { rel: 1e-4 }, `row ${i}`);
    });
  });

  it("gives the same numbers for columns (arrays and typed arrays) as one customer at a time", () => {
    const frequency = [0, 2, 6, 1];
    const monetaryValue = Float64Array.of(0, 22.35, 100, 7.5);
    const out = expectedAverageSpend(published, { frequency, monetaryValue });
    expect(out).toBeInstanceOf(Float64Array);
    frequency.forEach((x, i) => {
      expect(out[i]).toBe(expectedAverageSpend(published, { frequency: x, monetaryValue: monetaryValue[i]! }));
    });
  });

  it("lies between the population mean and z̄, is finite, and does not mutate its input (property)", () => {
    fc.assert(
      fc.property(params, spendCustomer, (p, c) => {
        const fit: SpendModel = { model: "gamma-gamma", params: p };
        const copy = { ...c };
        const v = expectedAverageSpend(fit, c);
        expect(c).toEqual(copy);
        expect(Number.isFinite(v)).toBe(true);
        const mean = (p.p * p.gamma) / (p.q - 1);
        const z = c.frequency === 0 ? mean : c.monetaryValue;
        const lo = Math.min(mean, z);
        const hi = Math.max(mean, z);
        expect(v).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
        expect(v).toBeLessThanOrEqual(hi * (1 + 1e-12));
      }),
    );
  });

  it("moves towards z̄ as x grows (property)", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1e4, noNaN: true }), (p, x, z) => {
        const fit: SpendModel = { model: "gamma-gamma", params: p };
        const a = Math.abs(expectedAverageSpend(fit, { frequency: x, monetaryValue: z }) - z);
        const b = Math.abs(expectedAverageSpend(fit, { frequency: x + 1, monetaryValue: z }) - z);
        // Rounding of values near z (up to 1e4) is about 1e-16 · z per evaluation.
        expect(b).toBeLessThanOrEqual(a * (1 + 1e-12) + 1e-12 * (1 + z));
      }),
    );
  });

  it("throws domain_error when q ≤ 1 (the mean spend is infinite)", () => {
    const e = expectClienteleError(
      () =>
        expectedAverageSpend(
          { model: "gamma-gamma", params: { p: 1, q: 1, gamma: 2 } },
          { frequency: 1, monetaryValue: 3 },
        ),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["fit.params.q"]);
  });

  it("throws invalid_input for a bad fit or customer, with paths", () => {
    const f = expectClienteleError(
      () => expectedAverageSpend({ model: "bg-nbd", params: { p: 0 } } as never, { frequency: 1, monetaryValue: 3 }),
      "invalid_input",
    );
    expect(issuePaths(f)).toEqual(["fit.model", "fit.params.p", "fit.params.q", "fit.params.gamma"]);
    const one = expectClienteleError(
      () => expectedAverageSpend(published, { frequency: 1.5, monetaryValue: -1 }),
      "invalid_input",
    );
    expect(issuePaths(one)).toEqual(["customer.frequency", "customer.monetaryValue"]);
    const col = expectClienteleError(
      () => expectedAverageSpend(published, { frequency: [1, 2], monetaryValue: [3, Number.NaN] }),
      "invalid_input",
    );
    expect(issuePaths(col)).toEqual(["customer.monetaryValue[1]"]);
    const len = expectClienteleError(
      () => expectedAverageSpend(published, { frequency: [1, 2], monetaryValue: [3] }),
      "invalid_input",
    );
    expect(issuePaths(len)).toEqual(["customer"]);
  });

  it("accepts rows and a TransactionSummary (any unit: spend has none), in row order (issue 16, item 2)", () => {
    const rows = loadCdnowSpend();
    const columns = { frequency: rows.map((r) => r.frequency), monetaryValue: rows.map((r) => r.monetaryValue) };
    const byRows = expectedAverageSpend(published, rows);
    expect(byRows).toEqual(expectedAverageSpend(published, columns));
    expect(expectedAverageSpend(published, { rows, metadata: { unit: "day" } } as never)).toEqual(byRows);
    const bad = [rows[0]!, { ...rows[1]!, monetaryValue: -1 }];
    expect(issuePaths(expectClienteleError(() => expectedAverageSpend(published, bad), "invalid_input"))).toEqual([
      "customer[1].monetaryValue",
    ]);
  });
});
