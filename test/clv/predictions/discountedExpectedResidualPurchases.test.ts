import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbLogLikelihoodOne } from "../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { gaussLegendreRule } from "../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { discountedExpectedResidualPurchases } from "../../../src/clv/predictions/discountedExpectedResidualPurchases.ts";
import { logBeta } from "../../../src/math/logBeta.ts";
import { customerHistory } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const cdnow: CountModel = {
  model: "pareto-nbd",
  params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 },
  unit: "week",
};
// The tests below were written for a continuous rate δ per week; the function takes the compound rate
// d = e^δ − 1 per week (a DiscountRate) and derives δ = ln(1 + d) inside, so each δ is given as expm1(δ).
const delta = Math.log(1.15) / 52;
const weekly = Math.expm1(delta);
const rule = gaussLegendreRule(24);

/**
 * The definition ∫₀^∞ e^(−δt) dE[Y(t) | x, t_x, T] = δ ∫₀^∞ e^(−δt) E[Y(t) | x, t_x, T] dt (by parts), with
 * E from conditionalExpectedPurchases, by 24-point Gauss–Legendre on panels in t: geometric from (β + T)/8
 * while t < 1/δ, then of width ≤ 1/(4δ) up to t = 50/δ.
 */
function definition(
  fit: CountModel,
  customer: { frequency: number; recency: number; T: number },
  delta: number,
): number {
  const scale = (fit.params as { beta: number }).beta + customer.T;
  const edges = [0];
  let t = scale / 8;
  while (t < 1 / delta) {
    edges.push(t);
    t *= 2;
  }
  let last = edges[edges.length - 1]!;
  while (last < 50 / delta) {
    last += Math.min(1 / (4 * delta), Math.max(last, scale / 8));
    edges.push(last);
  }
  let sum = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const a = edges[k]!;
    const half = (edges[k + 1]! - a) / 2;
    for (let i = 0; i < 24; i++) {
      const u = a + half + half * rule[2 * i]!;
      sum += half * rule[2 * i + 1]! * Math.exp(-delta * u) * conditionalExpectedPurchases(fit, u, customer);
    }
  }
  return delta * sum;
}

describe("discountedExpectedResidualPurchases", () => {
  it("matches a numerical integral of its definition to 1e-8 relative (CDNOW parameters, weekly 15%/year)", () => {
    for (const customer of [
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 2, recency: 30.43, T: 38.86 },
      { frequency: 10, recency: 5, T: 38 },
      { frequency: 26, recency: 30.86, T: 31 },
    ]) {
      expectClose(
        discountedExpectedResidualPurchases(cdnow, customer, { discountRate: weekly }),
        definition(cdnow, customer, delta),
        { rel: 1e-8 },
        JSON.stringify(customer),
      );
    }
  });

  it("matches the definition to 1e-8 relative for random parameters, customers and rates", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.1, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
          s: fc.double({ min: 0.1, max: 5, noNaN: true }),
          beta: fc.double({ min: 0.5, max: 50, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: -3.5, max: -0.5, noNaN: true }),
        (params, x, share, T, logRate) => {
          const fit: CountModel = { model: "pareto-nbd", params, unit: "week" };
          const customer = { frequency: x, recency: x === 0 ? 0 : share * T, T };
          const rate = 10 ** logRate;
          expectClose(
            discountedExpectedResidualPurchases(fit, customer, { discountRate: Math.expm1(rate) }),
            definition(fit, customer, rate),
            { rel: 1e-8 },
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it("decreases as the discount rate grows and tends to 0 for a very large rate (below (r + x)/(α + T)/δ)", () => {
    const customer = { frequency: 2, recency: 30.43, T: 38.86 };
    let previous = Number.POSITIVE_INFINITY;
    for (const rate of [1e-4, 1e-3, 0.01, 0.1, 1, 10, 700]) {
      const value = discountedExpectedResidualPurchases(cdnow, customer, { discountRate: Math.expm1(rate) });
      expect(value).toBeLessThan(previous);
      previous = value;
    }
    // ∫₀^∞ e^(−zv)(1 + v)^(−s) dv < 1/z, so DERT < (r + x)/(α + T) · P(alive)/δ ≤ (r + x)/(α + T)/δ.
    expect(previous).toBeLessThan((0.5533 + 2) / (10.5776 + 38.86) / 700);
  });

  it("tends to E[lifetime purchases] = (r + x)/(α + T) · P(alive) · (β + T)/(s − 1) as δ → 0 when s > 1", () => {
    const fit: CountModel = { model: "pareto-nbd", params: { r: 0.5, alpha: 10, s: 2.5, beta: 12 }, unit: "week" };
    const customer = { frequency: 3, recency: 20, T: 30 };
    const longRun = conditionalExpectedPurchases(fit, 1e12, customer);
    expectClose(discountedExpectedResidualPurchases(fit, customer, { discountRate: Math.expm1(1e-12) }), longRun, {
      rel: 1e-6,
    });
  });

  it("returns columns as a Float64Array equal to the one-customer values", () => {
    const columns = { frequency: [0, 2, 10], recency: [0, 30.43, 38], T: [38.86, 38.86, 38.86] };
    const values = discountedExpectedResidualPurchases(cdnow, columns, { discountRate: weekly });
    expect(values).toBeInstanceOf(Float64Array);
    for (let i = 0; i < 3; i++) {
      const one = { frequency: columns.frequency[i]!, recency: columns.recency[i]!, T: columns.T[i]! };
      expect(values[i]).toBe(discountedExpectedResidualPurchases(cdnow, one, { discountRate: weekly }));
    }
  });

  it("throws invalid_input for a discount rate that is not a finite number > 0, with path options.discountRate", () => {
    for (const discountRate of [0, -0.1, Number.POSITIVE_INFINITY, Number.NaN, "0.1", undefined]) {
      const error = expectClienteleError(
        () =>
          discountedExpectedResidualPurchases(
            cdnow,
            { frequency: 1, recency: 2, T: 3 },
            {
              discountRate: discountRate as number,
            },
          ),
        "invalid_input",
      );
      expect(issuePaths(error)).toEqual(["options.discountRate"]);
    }
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            discountedExpectedResidualPurchases(
              cdnow,
              { frequency: 1, recency: 2, T: 3 },
              {
                discountRate: { rate: 0, per: "day" },
              },
            ),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.discountRate.rate"]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            discountedExpectedResidualPurchases(cdnow, { frequency: 1, recency: 2, T: 3 }, {
              discountRate: 0.01,
              delta: 1,
            } as never),
          "invalid_input",
        ),
      ),
    ).toEqual(["options"]);
  });

  it("takes the DiscountRate convention: { rate, per } is carried to the fit's unit as the equivalent compound rate, and a unit without an exact ratio is rejected at options.discountRate.per", () => {
    const customer = { frequency: 2, recency: 30.43, T: 38.86 };
    expectClose(
      discountedExpectedResidualPurchases(cdnow, customer, { discountRate: { rate: 0.001, per: "day" } }),
      discountedExpectedResidualPurchases(cdnow, customer, { discountRate: 1.001 ** 7 - 1 }),
      { rel: 1e-12 },
    );
    expect(
      issuePaths(
        expectClienteleError(
          () => discountedExpectedResidualPurchases(cdnow, customer, { discountRate: { rate: 0.1, per: "year" } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.discountRate.per"]);
  });

  it("throws domain_error for a fit of another model, with path fit.model", () => {
    const bgNbd: CountModel = { model: "bg-nbd", params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, unit: "week" };
    const error = expectClienteleError(
      () => discountedExpectedResidualPurchases(bgNbd, { frequency: 1, recency: 2, T: 3 }, { discountRate: 0.01 }),
      "domain_error",
    );
    expect(error.message).toContain('"bg-nbd"');
    expect(issuePaths(error)).toEqual(["fit.model"]);
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(customerHistory, (customer) => {
        const copy = structuredClone(customer);
        const options = { discountRate: weekly };
        discountedExpectedResidualPurchases(cdnow, customer, options);
        expect(customer).toEqual(copy);
        expect(options).toEqual({ discountRate: weekly });
      }),
      { numRuns: 50 },
    );
  });

  describe("BG/BB (Fader, Hardie & Shang 2010, eq. 14)", () => {
    const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
    const donations = { model: "bg-bb", params } as const;

    /** Σ_{k≥1} E[transaction at n+k | x, t_x, n] / (1+d)^k, truncated where the terms vanish. */
    function directSum(x: number, tx: number, n: number, d: number): number {
      const { alpha: a, beta: b, gamma: g, delta: dl } = params;
      const L = bgBbLogLikelihoodOne(a, b, g, dl, x, tx, n);
      let sum = 0;
      for (let k = 1; k < 5000; k++) {
        sum += Math.exp(
          logBeta(a + x + 1, b + n - x) -
            logBeta(a, b) +
            logBeta(g, dl + n + k) -
            logBeta(g, dl) -
            L -
            k * Math.log1p(d),
        );
      }
      return sum;
    }

    it("equals the direct discounted sum for donations patterns at d = 0.1 per opportunity (1e-9 relative), one pattern or columns", () => {
      const patterns = [
        [6, 6],
        [3, 5],
        [1, 1],
        [0, 0],
      ] as const;
      for (const [x, tx] of patterns) {
        expectClose(
          discountedExpectedResidualPurchases(
            donations,
            { frequency: x, recency: tx, opportunities: 6 },
            { discountRate: 0.1 },
          ),
          directSum(x, tx, 6, 0.1),
          { rel: 1e-9 },
          `${x},${tx}`,
        );
      }
      const columns = discountedExpectedResidualPurchases(
        donations,
        { frequency: patterns.map((p) => p[0]), recency: patterns.map((p) => p[1]), opportunities: [6, 6, 6, 6] },
        { discountRate: 0.1 },
      );
      expect(columns).toBeInstanceOf(Float64Array);
      expect(columns[0]!.toFixed(2)).toBe("5.91");
    });

    it("is below the undiscounted expectation over any horizon times the largest factor, and falls as d rises", () => {
      const c = { frequency: 4, recency: 6, opportunities: 6 };
      const low = discountedExpectedResidualPurchases(donations, c, { discountRate: 0.05 });
      const high = discountedExpectedResidualPurchases(donations, c, { discountRate: 0.3 });
      expect(high).toBeLessThan(low);
      expect(low).toBeGreaterThan(conditionalExpectedPurchases(donations, 1, c) / 1.05 - 1e-12);
    });

    it("takes { rate, per } only with the fit's unit (the length of one opportunity), and rejects a rate ≤ 0 at options.discountRate", () => {
      const c = { frequency: 3, recency: 5, opportunities: 6 };
      const yearly = { ...donations, unit: "year" } as const;
      expect(discountedExpectedResidualPurchases(yearly, c, { discountRate: { rate: 0.1, per: "year" } })).toBe(
        discountedExpectedResidualPurchases(donations, c, { discountRate: 0.1 }),
      );
      expectClose(
        discountedExpectedResidualPurchases(yearly, c, { discountRate: { rate: 0.01, per: "month" } }),
        discountedExpectedResidualPurchases(donations, c, { discountRate: 1.01 ** 12 - 1 }),
        { rel: 1e-12 },
      );
      const noUnit = expectClienteleError(
        () => discountedExpectedResidualPurchases(donations, c, { discountRate: { rate: 0.1, per: "year" } }),
        "invalid_input",
      );
      expect(issuePaths(noUnit)).toEqual(["options.discountRate.per"]);
      expect(noUnit.issues[0]?.message).toMatch(/without the fit's unit/);
      expect(
        issuePaths(
          expectClienteleError(
            () => discountedExpectedResidualPurchases(donations, c, { discountRate: 0 }),
            "invalid_input",
          ),
        ),
      ).toEqual(["options.discountRate"]);
    });
  });

  it("accepts rows and a TransactionSummary in the fit's unit (issue 16, item 2)", () => {
    const rows = [
      { customerId: "1", frequency: 2, recency: 30.43, T: 38.86 },
      { customerId: "2", frequency: 0, recency: 0, T: 38.86 },
    ];
    const expected = discountedExpectedResidualPurchases(
      cdnow,
      { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] },
      { discountRate: weekly },
    );
    expect(discountedExpectedResidualPurchases(cdnow, rows, { discountRate: weekly })).toEqual(expected);
    const summary = { rows, metadata: { unit: "week" } } as never;
    expect(discountedExpectedResidualPurchases(cdnow, summary, { discountRate: weekly })).toEqual(expected);
  });
});
