import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { gaussLegendreRule } from "../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { discountedExpectedResidualTransactions } from "../../../src/clv/predictions/discountedExpectedResidualTransactions.ts";
import { customerHistory } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const cdnow: CountModel = {
  model: "pareto-nbd",
  params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 },
  unit: "week",
};
const weekly = Math.log(1.15) / 52;
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

describe("discountedExpectedResidualTransactions", () => {
  it("matches a numerical integral of its definition to 1e-8 relative (CDNOW parameters, weekly 15%/year)", () => {
    for (const customer of [
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 2, recency: 30.43, T: 38.86 },
      { frequency: 10, recency: 5, T: 38 },
      { frequency: 26, recency: 30.86, T: 31 },
    ]) {
      expectClose(
        discountedExpectedResidualTransactions(cdnow, customer, { discountRate: weekly }),
        definition(cdnow, customer, weekly),
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
          const delta = 10 ** logRate;
          expectClose(
            discountedExpectedResidualTransactions(fit, customer, { discountRate: delta }),
            definition(fit, customer, delta),
            { rel: 1e-8 },
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it("decreases as the discount rate grows and tends to 0 for a very large rate", () => {
    const customer = { frequency: 2, recency: 30.43, T: 38.86 };
    let previous = Number.POSITIVE_INFINITY;
    for (const discountRate of [1e-4, 1e-3, 0.01, 0.1, 1, 10, 1e6]) {
      const value = discountedExpectedResidualTransactions(cdnow, customer, { discountRate });
      expect(value).toBeLessThan(previous);
      previous = value;
    }
    expect(previous).toBeLessThan(1e-6);
  });

  it("tends to E[lifetime purchases] = (r + x)/(α + T) · P(alive) · (β + T)/(s − 1) as δ → 0 when s > 1", () => {
    const fit: CountModel = { model: "pareto-nbd", params: { r: 0.5, alpha: 10, s: 2.5, beta: 12 }, unit: "week" };
    const customer = { frequency: 3, recency: 20, T: 30 };
    const longRun = conditionalExpectedPurchases(fit, 1e12, customer);
    expectClose(discountedExpectedResidualTransactions(fit, customer, { discountRate: 1e-12 }), longRun, { rel: 1e-6 });
  });

  it("returns columns as a Float64Array equal to the one-customer values", () => {
    const columns = { frequency: [0, 2, 10], recency: [0, 30.43, 38], T: [38.86, 38.86, 38.86] };
    const values = discountedExpectedResidualTransactions(cdnow, columns, { discountRate: weekly });
    expect(values).toBeInstanceOf(Float64Array);
    for (let i = 0; i < 3; i++) {
      const one = { frequency: columns.frequency[i]!, recency: columns.recency[i]!, T: columns.T[i]! };
      expect(values[i]).toBe(discountedExpectedResidualTransactions(cdnow, one, { discountRate: weekly }));
    }
  });

  it("throws invalid_input for a discount rate that is not a finite number > 0, with path discountRate", () => {
    for (const discountRate of [0, -0.1, Number.POSITIVE_INFINITY, Number.NaN]) {
      const error = expectClienteleError(
        () => discountedExpectedResidualTransactions(cdnow, { frequency: 1, recency: 2, T: 3 }, { discountRate }),
        "invalid_input",
      );
      expect(issuePaths(error)).toEqual(["discountRate"]);
    }
  });

  it("throws domain_error for a fit of another model, with path fit.model", () => {
    const bgNbd: CountModel = { model: "bg-nbd", params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, unit: "week" };
    const error = expectClienteleError(
      () => discountedExpectedResidualTransactions(bgNbd, { frequency: 1, recency: 2, T: 3 }, { discountRate: 0.01 }),
      "domain_error",
    );
    expect(issuePaths(error)).toEqual(["fit.model"]);
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(customerHistory, (customer) => {
        const copy = structuredClone(customer);
        const options = { discountRate: weekly };
        discountedExpectedResidualTransactions(cdnow, customer, options);
        expect(customer).toEqual(copy);
        expect(options).toEqual({ discountRate: weekly });
      }),
      { numRuns: 50 },
    );
  });
});
