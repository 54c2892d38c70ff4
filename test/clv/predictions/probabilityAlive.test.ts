import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbProbabilityAlive } from "../../../src/clv/bgBb/_internal/bgBbProbabilityAlive.ts";
import type { BgNbdParams } from "../../../src/clv/bgNbd/BgNbdParams.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";
import { bgNbdParams, customerHistory } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";
import { loadDonations } from "../../_helpers/loadDonations.ts";
import { loadBgBbCases } from "../../fixtures/mpmath-issue17/loadFixture.ts";

const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });
const model = (params: BgNbdParams): CountModel => ({ model: "bg-nbd", params, unit: "week" });

describe("probabilityAlive", () => {
  it("gives CDNOW customer 1516 (x = 26, t_x = 30.86, T = 31) P(alive) ≈ 0.9689 under the CDNOW fit (lifetimes documentation value)", () => {
    // NOTE: the reference is given to 4 digits.
    expectClose(probabilityAlive(fit, { frequency: 26, recency: 30.86, T: 31 }), 0.9689, { abs: 5e-5 });
  });

  it("gives 1 to every BG/NBD customer without repeat purchases, however long ago their first purchase (a property of the model)", () => {
    for (const T of [0, 38.86, 1e6]) expect(probabilityAlive(fit, { frequency: 0, recency: 0, T })).toBe(1);
  });

  it("computes columns (plain or typed arrays, or a whole CDNOW summary) equal to one customer at a time", () => {
    const rows = loadCdnowSummary();
    const columns = {
      frequency: rows.map((r) => r.frequency),
      recency: Float64Array.from(rows, (r) => r.recency),
      T: Float64Array.from(rows, (r) => r.T),
    };
    const all = probabilityAlive(fit, columns);
    expect(all).toBeInstanceOf(Float64Array);
    expect(all.length).toBe(2357);
    for (const i of [0, 1, 17, 1515, 2356]) expect(all[i]).toBe(probabilityAlive(fit, rows[i]!));
  });

  it("stays in [0, 1] and finite for heavy buyers and extreme parameters (property: r, α 1e-3…1e3; x ≤ 500; T ≤ 5000)", () => {
    fc.assert(
      fc.property(bgNbdParams, customerHistory, (params, customer) => {
        const p = probabilityAlive(model(params), customer);
        expect(p >= 0 && p <= 1).toBe(true);
      }),
    );
    expect(probabilityAlive(fit, { frequency: 500, recency: 4999, T: 5000 })).toBeGreaterThan(0.99);
    expect(probabilityAlive(fit, { frequency: 500, recency: 10, T: 5000 })).toBe(0);
  });

  it("rises with recency at fixed frequency and T (a recent last purchase means more likely alive) (property)", () => {
    fc.assert(
      fc.property(
        bgNbdParams,
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (params, x, u, v) => {
          const [lo, hi] = u < v ? [u, v] : [v, u];
          const m = model(params);
          expect(probabilityAlive(m, { frequency: x, recency: lo, T: 100 })).toBeLessThanOrEqual(
            probabilityAlive(m, { frequency: x, recency: hi, T: 100 }),
          );
        },
      ),
    );
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(fc.array(customerHistory, { minLength: 1, maxLength: 10 }), (customers) => {
        const columns = {
          frequency: customers.map((c) => c.frequency),
          recency: customers.map((c) => c.recency),
          T: customers.map((c) => c.T),
        };
        const copy = structuredClone(columns);
        const fitCopy = structuredClone(fit);
        probabilityAlive(fit, columns);
        expect(columns).toEqual(copy);
        expect(fit).toEqual(fitCopy);
      }),
    );
  });

  it("rejects bad customers and fits: invalid_input for types (customer.T, fit.model), domain_error for recency > T", () => {
    expect(
      issuePaths(
        expectClienteleError(() => probabilityAlive(fit, { frequency: 1, recency: 1, T: Number.NaN }), "invalid_input"),
      ),
    ).toEqual(["customer.T"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => probabilityAlive(fit, { frequency: [1, -1], recency: [1, 0], T: [2, 2] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency[1]"]);
    expect(
      issuePaths(expectClienteleError(() => probabilityAlive(fit, { frequency: 1, recency: 3, T: 2 }), "domain_error")),
    ).toEqual(["customer.recency"]);
    const unknown = { ...fit, model: "pareto/nbd" } as unknown as CountModel;
    const e = expectClienteleError(
      () => probabilityAlive(unknown, { frequency: 1, recency: 1, T: 2 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["fit.model"]);
    expect(e.message).toMatch(/^probabilityAlive: invalid input/);
  });

  it("dispatches to Pareto/NBD and MBG/NBD: a one-time buyer seen long ago is probably dead under both, unlike the BG/NBD", () => {
    const pareto: CountModel = {
      model: "pareto-nbd",
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      unit: "week",
    };
    const mbg: CountModel = { model: "mbg-nbd", params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, unit: "week" };
    const oneTimer = { frequency: 0, recency: 0, T: 38 };
    expect(probabilityAlive(pareto, oneTimer)).toBeLessThan(0.5);
    expect(probabilityAlive(mbg, oneTimer)).toBeLessThan(0.5);
    const columns = probabilityAlive(pareto, { frequency: [0, 26], recency: [0, 30.86], T: [38, 31] });
    expect(columns[0]).toBe(probabilityAlive(pareto, oneTimer));
    expect(columns[1]).toBeGreaterThan(0.99);
  });

  // Fader, Hardie & Shang (2010), donations; BG/BB patterns are (x, t_x, n) over discrete opportunities
  const donationsFit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
  const donationRows = loadDonations();
  const donationColumns = {
    frequency: donationRows.map((r) => r.frequency),
    recency: donationRows.map((r) => r.recency),
    opportunities: donationRows.map((r) => r.opportunities),
  };

  it("dispatches a BG/BB fit to FHS 2010 eq. 11 for one pattern and for the 22 donations patterns as columns", () => {
    const out = probabilityAlive(donationsFit, donationColumns);
    expect(out).toHaveLength(22);
    donationRows.forEach((row, i) => {
      expect(out[i]).toBe(bgBbProbabilityAlive(donationsFit.params)(row.frequency, row.recency, row.opportunities));
      expect(probabilityAlive(donationsFit, row)).toBe(out[i]);
    });
    // x = t_x = n = 6: alive at 6, so P(alive at 7) = E[1 − θ] = (δ + 6)/(γ + δ + 6)
    expectClose(probabilityAlive(donationsFit, { frequency: 6, recency: 6, opportunities: 6 }), 8.783 / 9.44, {
      rel: 1e-12,
    });
  });

  it("validates BG/BB patterns with their paths, and names bg-bb among the accepted models", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => probabilityAlive(donationsFit, { frequency: [1, 4], recency: [1, 3], opportunities: [6, 6] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency[1]"]);
    const error = expectClienteleError(
      () => probabilityAlive({ model: "bgbb" } as never, { frequency: 1, recency: 1, T: 2 }),
      "invalid_input",
    );
    expect(error.message).toContain('"bg-bb"');
    expect(issuePaths(error)).toEqual(["fit.model"]);
  });

  it("BG/BB: P(alive at 7) of donors who gave in 1 of 6 years is below 0.1 (FHS 2010, eq. 11), and falls as the last gift recedes (same x, smaller t_x)", () => {
    expect(probabilityAlive(donationsFit, { frequency: 1, recency: 1, opportunities: 6 })).toBeLessThan(0.1);
    const p = [6, 5, 4, 3].map((tx) => probabilityAlive(donationsFit, { frequency: 3, recency: tx, opportunities: 6 }));
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]!);
  });

  it("BG/BB: stays in [0, 1] without NaN for hundreds of opportunities and extreme parameters (property: α, β, γ, δ 1e-3…1e3; n ≤ 500)", () => {
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
          const p = probabilityAlive(
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

  it("BG/BB: rejects x > n at customer.frequency, does not mutate its input, and reads a fit by its own model's parameter names (fit.params)", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => probabilityAlive(donationsFit, { frequency: 7, recency: 6, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency"]);
    const customer = { frequency: 2, recency: 5, opportunities: 6 };
    const copy = structuredClone(donationsFit);
    probabilityAlive(donationsFit, customer);
    expect(customer).toEqual({ frequency: 2, recency: 5, opportunities: 6 });
    expect(donationsFit).toEqual(copy);
    const wrong = { model: "bg-nbd", params: donationsFit.params } as unknown as typeof donationsFit;
    expect(issuePaths(expectClienteleError(() => probabilityAlive(wrong, customer), "invalid_input"))).toEqual([
      "fit.params.r",
      "fit.params.a",
      "fit.params.b",
    ]);
  });

  it("keeps the BG/BB P(alive) right as β → 0, down to 1e-300, against mpmath: 1e-12 relative (issue 17, item 2)", () => {
    for (const c of loadBgBbCases()) {
      const [alpha, beta, gamma, delta] = c.params;
      const fit = { model: "bg-bb" as const, params: { alpha, beta, gamma, delta } };
      const customers = {
        frequency: c.patterns.map((p) => p[0]),
        recency: c.patterns.map((p) => p[1]),
        opportunities: c.patterns.map((p) => p[2]),
      };
      const v = probabilityAlive(fit, customers);
      for (const [k, ref] of c.alive.entries()) {
        expectClose(v[k]!, ref, { rel: 1e-12 }, `beta ${beta} pattern ${c.patterns[k]}`);
      }
    }
  });

  it("accepts rows and a TransactionSummary (issue 16, item 2): row i of the result is row i, paths name the row", () => {
    const rows = loadCdnowSummary();
    const columns = {
      frequency: rows.map((r) => r.frequency),
      recency: rows.map((r) => r.recency),
      T: rows.map((r) => r.T),
    };
    const byRows = probabilityAlive(fit, rows);
    expect(byRows).toBeInstanceOf(Float64Array);
    expect(byRows).toEqual(probabilityAlive(fit, columns));
    const summary = { rows, metadata: { unit: "week" as const } } as never;
    expect(probabilityAlive(fit, summary)).toEqual(byRows);
    // A summary in another unit than the fit's is refused, never converted.
    const days = { rows, metadata: { unit: "day" } } as never;
    expect(issuePaths(expectClienteleError(() => probabilityAlive(fit, days), "invalid_input"))).toEqual([
      "customer.metadata.unit",
    ]);
    const bad = [rows[0]!, { ...rows[1]!, T: -1 }, 7] as never;
    expect(issuePaths(expectClienteleError(() => probabilityAlive(fit, bad), "invalid_input"))).toEqual([
      "customer[2]",
    ]);
    const badValue = [rows[0]!, { ...rows[1]!, T: -1 }] as never;
    expect(issuePaths(expectClienteleError(() => probabilityAlive(fit, badValue), "invalid_input"))).toEqual([
      "customer[1].T",
    ]);
  });

  it("accepts BG/BB pattern rows and an OpportunitiesSummary", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    const rows = [
      { customerId: "a", frequency: 1, recency: 1, opportunities: 6, holdoutFrequency: 0 },
      { customerId: "b", frequency: 6, recency: 6, opportunities: 6, holdoutFrequency: 5 },
    ];
    const expected = probabilityAlive(donations, { frequency: [1, 6], recency: [1, 6], opportunities: [6, 6] });
    expect(probabilityAlive(donations, rows)).toEqual(expected);
    expect(probabilityAlive(donations, { rows, metadata: { period: "year" } } as never)).toEqual(expected);
    const bad = [rows[0]!, { ...rows[1]!, recency: 7 }];
    expect(issuePaths(expectClienteleError(() => probabilityAlive(donations, bad), "invalid_input"))).toEqual([
      "customer[1].recency",
    ]);
  });
});
