import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbConditionalExpectedPurchases } from "../../../src/clv/bgBb/_internal/bgBbConditionalExpectedPurchases.ts";
import { bgBbLogLikelihoodOne } from "../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import type { BgNbdParams } from "../../../src/clv/bgNbd/BgNbdParams.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { expectedPurchases } from "../../../src/clv/predictions/expectedPurchases.ts";
import { logBeta } from "../../../src/math/logBeta.ts";
import { logGamma } from "../../../src/math/logGamma.ts";
import { bgNbdParams, customerHistory } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";
import { loadDonations } from "../../_helpers/loadDonations.ts";
import { loadBgNbdCases } from "../../fixtures/mpmath-issue17/loadFixture.ts";

const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });
const model = (params: BgNbdParams): CountModel => ({ model: "bg-nbd", params, unit: "week" });

describe("conditionalExpectedPurchases", () => {
  it("expects 25.76 purchases in the next 52 weeks from CDNOW customer 1516 (x = 26, t_x = 30.86, T = 31) under the CDNOW fit (lifetimes documentation value)", () => {
    // NOTE: the reference is given to 4 significant digits.
    expectClose(conditionalExpectedPurchases(fit, 52, { frequency: 26, recency: 30.86, T: 31 }), 25.76, { abs: 0.005 });
  });

  it("equals expectedPurchases for a customer just acquired (x = t_x = T = 0), and 0 at t = 0", () => {
    expect(conditionalExpectedPurchases(fit, 52, { frequency: 0, recency: 0, T: 0 })).toBe(expectedPurchases(fit, 52));
    expect(conditionalExpectedPurchases(fit, 0, { frequency: 3, recency: 10, T: 20 })).toBe(0);
  });

  it("computes columns equal to one customer at a time (to 1e-12: over many customers the ₂F₁ part is interpolated with that checked bound)", () => {
    const rows = loadCdnowSummary().slice(0, 300);
    const all = conditionalExpectedPurchases(fit, 39, {
      frequency: Float64Array.from(rows, (r) => r.frequency),
      recency: Float64Array.from(rows, (r) => r.recency),
      T: Float64Array.from(rows, (r) => r.T),
    });
    // NOTE: a customer scored alone gets the closed form; among others in its panel (α + T within a quarter
    // octave, same x) an interpolant checked to 1e-12 of the panel's largest value (panelInterpolants.ts).
    for (let i = 0; i < rows.length; i += 37) {
      expectClose(all[i]!, conditionalExpectedPurchases(fit, 39, rows[i]!), { rel: 1e-12 }, `row ${i}`);
    }
  });

  it("is finite, ≥ 0 and non-decreasing in t for heavy buyers and extreme parameters (property: r, α 1e-3…1e3; x ≤ 500; T ≤ 5000)", () => {
    fc.assert(
      fc.property(
        bgNbdParams,
        customerHistory,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (params, customer, u, v) => {
          const [t1, t2] = u < v ? [u, v] : [v, u];
          const m = model(params);
          const e1 = conditionalExpectedPurchases(m, t1, customer);
          const e2 = conditionalExpectedPurchases(m, t2, customer);
          expect(e1).toBeGreaterThanOrEqual(0);
          // NOTE: relative slack for rounding, absolute slack for subnormal results (t below ~1e-300).
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9) - 1e-300);
        },
      ),
    );
    expect(Number.isFinite(conditionalExpectedPurchases(fit, 1e6, { frequency: 500, recency: 4999, T: 5000 }))).toBe(
      true,
    );
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(fc.array(customerHistory, { minLength: 1, maxLength: 8 }), (customers) => {
        const columns = {
          frequency: customers.map((c) => c.frequency),
          recency: customers.map((c) => c.recency),
          T: customers.map((c) => c.T),
        };
        const copy = structuredClone(columns);
        conditionalExpectedPurchases(fit, 52, columns);
        expect(columns).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });

  it("rejects a bad horizon or customer with paths", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => conditionalExpectedPurchases(fit, -1, { frequency: 1, recency: 1, T: 2 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["t"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => conditionalExpectedPurchases(fit, 52, { frequency: 0, recency: 1, T: 2 }),
          "domain_error",
        ),
      ),
    ).toEqual(["customer.recency"]);
  });

  // Fader, Hardie & Shang (2010), donations; BG/BB patterns are (x, t_x, n) over discrete opportunities
  const donationsFit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
  const donationRows = loadDonations();
  const donationColumns = {
    frequency: donationRows.map((r) => r.frequency),
    recency: donationRows.map((r) => r.recency),
    opportunities: donationRows.map((r) => r.opportunities),
  };

  it("dispatches a BG/BB fit to FHS 2010 eq. 13 over the next 5 opportunities (2002–2006), one pattern or columns", () => {
    const out = conditionalExpectedPurchases(donationsFit, 5, donationColumns);
    donationRows.forEach((row, i) => {
      const kernel = bgBbConditionalExpectedPurchases(donationsFit.params, 5);
      expectClose(out[i]!, kernel(row.frequency, row.recency, row.opportunities), { rel: 1e-12 });
      expect(conditionalExpectedPurchases(donationsFit, 5, row)).toBe(out[i]);
    });
    // a new customer (x = t_x = n = 0) expects the unconditional E[X(n*)]
    expectClose(
      conditionalExpectedPurchases(donationsFit, 11, { frequency: 0, recency: 0, opportunities: 0 }),
      expectedPurchases(donationsFit, 11),
      { rel: 1e-12 },
    );
  });

  it("requires a whole number of future opportunities for BG/BB (invalid_input at t) and valid patterns", () => {
    const pattern = { frequency: 1, recency: 1, opportunities: 6 };
    expect(
      issuePaths(expectClienteleError(() => conditionalExpectedPurchases(donationsFit, 0.5, pattern), "invalid_input")),
    ).toEqual(["t"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => conditionalExpectedPurchases(donationsFit, 5, { frequency: 0, recency: 2, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.recency"]);
  });

  /** FHS 2010 eq. 13, closed form. */
  function eq13(nStar: number, x: number, tx: number, n: number): number {
    const { alpha: a, beta: b, gamma: g, delta: d } = donationsFit.params;
    const L = bgBbLogLikelihoodOne(a, b, g, d, x, tx, n);
    const lead = Math.exp(logBeta(a + x + 1, b + n - x) - logBeta(a, b) - L + logGamma(g + d) - logGamma(1 + d));
    const diff =
      Math.exp(logGamma(1 + d + n) - logGamma(g + d + n)) -
      Math.exp(logGamma(1 + d + n + nStar) - logGamma(g + d + n + nStar));
    return (lead * d * diff) / (g - 1);
  }

  it("BG/BB: equals FHS 2010 eq. 13 in closed form for donations patterns (6,6,6), (3,5,6), (1,1,6), (0,0,6) over 5 years (1e-10 relative)", () => {
    for (const [x, tx] of [
      [6, 6],
      [3, 5],
      [1, 1],
      [0, 0],
    ] as const) {
      expectClose(
        conditionalExpectedPurchases(donationsFit, 5, { frequency: x, recency: tx, opportunities: 6 }),
        eq13(5, x, tx, 6),
        { rel: 1e-10 },
        `${x},${tx}`,
      );
    }
    expect(
      conditionalExpectedPurchases(donationsFit, 5, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(2),
    ).toBe("3.75");
    expect(
      conditionalExpectedPurchases(donationsFit, 5, { frequency: 0, recency: 0, opportunities: 6 }).toFixed(3),
    ).toBe("0.073");
  });

  it("BG/BB: is 0 at n* = 0 and non-decreasing in n*, finite for hundreds of opportunities (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        (nStar, [n, tx]) => {
          const customer = { frequency: tx === 0 ? 0 : Math.ceil(tx / 2), recency: tx, opportunities: n };
          const e = conditionalExpectedPurchases(donationsFit, nStar, customer);
          expect(Number.isFinite(e)).toBe(true);
          expect(conditionalExpectedPurchases(donationsFit, nStar + 1, customer)).toBeGreaterThanOrEqual(e);
        },
      ),
      { numRuns: 100 },
    );
    expect(conditionalExpectedPurchases(donationsFit, 0, { frequency: 2, recency: 3, opportunities: 6 })).toBe(0);
  });

  it("BG/BB: rejects x > n at customer.frequency and a negative n* at t", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => conditionalExpectedPurchases(donationsFit, 5, { frequency: 7, recency: 6, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => conditionalExpectedPurchases(donationsFit, -1, { frequency: 1, recency: 1, opportunities: 6 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["t"]);
  });

  it("gives E[Y(1000) | 0, 0, 52] = 28.486381627450043334 (mpmath) for r = α = 2000, not 0 (issue 17, item 1)", () => {
    const fit = model({ r: 2000, alpha: 2000, a: 0.8, b: 2.5 });
    const [v] = conditionalExpectedPurchases(fit, 1000, { frequency: [0], recency: [0], T: [52] });
    expectClose(v!, 28.486381627450044, { rel: 1e-9 });
  });

  it("answers each row of a batch independently of the others' order (issue 17, item 3)", () => {
    // Before the fix a failed 2F1 read the previous customer's sign: [221, 10000] threw, [10000, 221] did not.
    const fit = model({ r: 1, alpha: 1, a: 1e4, b: 1 });
    const rows = { frequency: [221, 10000], recency: [1e5, 0], T: [1e5, 0] };
    const reversed = { frequency: [10000, 221], recency: [0, 1e5], T: [0, 1e5] };
    const forward = conditionalExpectedPurchases(fit, 52, rows);
    const backward = conditionalExpectedPurchases(fit, 52, reversed);
    expect([forward[0], forward[1]]).toEqual([backward[1], backward[0]]);
    const mp = loadBgNbdCases().find((c) => c.args[4] === 221)!;
    expectClose(forward[0]!, mp.value, { rel: 1e-12 }, "x 221 (mpmath)");
    expectClose(forward[1]!, 1.000100010001, { rel: 1e-12 }, "x 10000 (mpmath, 30 digits)");
  });

  it("accepts rows and a TransactionSummary in the fit's unit, in row order (issue 16, item 2)", () => {
    const rows = loadCdnowSummary();
    const columns = {
      frequency: rows.map((r) => r.frequency),
      recency: rows.map((r) => r.recency),
      T: rows.map((r) => r.T),
    };
    const byRows = conditionalExpectedPurchases(fit, 39, rows);
    expect(byRows).toEqual(conditionalExpectedPurchases(fit, 39, columns));
    expect(conditionalExpectedPurchases(fit, 39, { rows, metadata: { unit: "week" } } as never)).toEqual(byRows);
    const months = { rows, metadata: { unit: "month" } } as never;
    expect(
      issuePaths(expectClienteleError(() => conditionalExpectedPurchases(fit, 39, months), "invalid_input")),
    ).toEqual(["customer.metadata.unit"]);
  });
});
