import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BgNbdFit } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { expectedAverageSpend } from "../../../src/clv/gammaGamma/expectedAverageSpend.ts";
import { fitGammaGamma } from "../../../src/clv/gammaGamma/fitGammaGamma.ts";
import type { SpendModel } from "../../../src/clv/gammaGamma/GammaGammaFit.ts";
import { customerLifetimeValue } from "../../../src/clv/lifetimeValue/customerLifetimeValue.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { discountedExpectedResidualPurchases } from "../../../src/clv/predictions/discountedExpectedResidualPurchases.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../../_helpers/loadCdnowSpend.ts";

// Fader, Hardie & Lee (2005), CDNOW, weeks
const weekly = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" } as CountModel;
const spendFit: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };
// CDNOW customer 1
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
// Fader, Hardie & Lee (2005), CDNOW Pareto/NBD, weeks
const pareto = {
  model: "pareto-nbd",
  params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 },
  unit: "week",
} as CountModel;

describe("customerLifetimeValue", () => {
  it("matches a hand calculation: 2 weekly periods, 1% a week, margin 0.5", () => {
    // E[spend] = p(γ + x z̄)/(px + q − 1) = 6.25 · (15.44 + 2 · 22.35)/(12.5 + 2.74) = 375.875/15.24 = 24.663713910761
    // E[Y(1)] = 0.037447969741733, E[Y(2)] = 0.074478904413609 (conditionalExpectedPurchases, FHL 2005 eq. 10)
    // period 1: 0.037447969741733 / 1.01 = 0.037077197764092
    // period 2: (0.074478904413609 − 0.037447969741733) / 1.01² = 0.037030934671876 / 1.0201 = 0.036301278964686
    // CLV = 0.5 · 24.663713910761 · (0.037077197764092 + 0.036301278964686) = 0.904892878623
    expectClose(conditionalExpectedPurchases(weekly, 1, customer), 0.037447969741733, { rel: 1e-12 });
    expectClose(conditionalExpectedPurchases(weekly, 2, customer), 0.074478904413609, { rel: 1e-12 });
    const clv = customerLifetimeValue({
      countFit: weekly,
      spendFit,
      customers: customer,
      horizon: 2,
      discountRate: 0.01,
      margin: 0.5,
    });
    expectClose(clv, 0.904892878623, { rel: 1e-11 });
  });

  it("discounts a period of 2 weeks at the end of the period by (1 + d)²: one period of 2 weeks gives margin · spend · E[Y(2)]/1.01²", () => {
    const clv = customerLifetimeValue({
      countFit: weekly,
      spendFit,
      customers: customer,
      horizon: { length: 14, unit: "day" },
      period: 2,
      discountRate: { rate: 0.01, per: "week" },
      margin: 0.5,
    });
    expectClose(clv, (0.5 * 24.663713910761153 * 0.074478904413609) / 1.0201, { rel: 1e-12 });
  });

  it("converts a daily rate to weekly exactly ((1 + d_day)^7) and a yearly rate to monthly as the compound rate (1.1)^(1/12) − 1", () => {
    const daily = customerLifetimeValue({
      countFit: weekly,
      spendFit,
      customers: customer,
      horizon: 4,
      discountRate: { rate: 0.001, per: "day" },
      margin: 1,
    });
    const perWeek = customerLifetimeValue({
      countFit: weekly,
      spendFit,
      customers: customer,
      horizon: 4,
      discountRate: 1.001 ** 7 - 1,
      margin: 1,
    });
    expectClose(daily, perWeek, { rel: 1e-13 });
    const monthly = { ...weekly, unit: "month" } as CountModel;
    const yearly = customerLifetimeValue({
      countFit: monthly,
      spendFit,
      customers: customer,
      horizon: { length: 1, unit: "year" },
      discountRate: { rate: 0.1, per: "year" },
      margin: 1,
    });
    const explicit = customerLifetimeValue({
      countFit: monthly,
      spendFit,
      customers: customer,
      horizon: 12,
      discountRate: 1.1 ** (1 / 12) - 1,
      margin: 1,
    });
    expectClose(yearly, explicit, { rel: 1e-13 });
  });

  it("rejects conversions that are not exact (a yearly rate or a horizon in months for a fit in weeks) with invalid_input", () => {
    const rate = expectClienteleError(
      () =>
        customerLifetimeValue({
          countFit: weekly,
          spendFit,
          customers: customer,
          horizon: 52,
          discountRate: { rate: 0.1, per: "year" },
          margin: 0.3,
        }),
      "invalid_input",
    );
    expect(issuePaths(rate)).toEqual(["discountRate.per"]);
    expect(rate.message.split("\n")[0]).toMatchInlineSnapshot(`"customerLifetimeValue: invalid input"`);
    expect(rate.issues[0]?.message).toMatchInlineSnapshot(
      `"cannot convert a rate per year to a rate per week (the fit's unit) exactly; give the discount rate per week"`,
    );
    const horizon = expectClienteleError(
      () =>
        customerLifetimeValue({
          countFit: weekly,
          spendFit,
          customers: customer,
          horizon: { length: 12, unit: "month" },
          discountRate: 0.001,
          margin: 0.3,
        }),
      "invalid_input",
    );
    expect(issuePaths(horizon)).toEqual(["horizon.unit"]);
  });

  it("reads countFit through the one dispatch: an unknown model or bad parameter at countFit.*, and a BG/BB fit (times are opportunities) at countFit.model", () => {
    const base = { spendFit, customers: customer, discountRate: 0.001, margin: 0.3, horizon: 4 };
    const unknown = { ...weekly, model: "pareto" } as unknown as CountModel;
    expect(
      issuePaths(expectClienteleError(() => customerLifetimeValue({ ...base, countFit: unknown }), "invalid_input")),
    ).toEqual(["countFit.model"]);
    const badParams = { ...weekly, params: { r: 0.243, alpha: -1, a: 0.793, b: 2.426 } } as CountModel;
    expect(
      issuePaths(expectClienteleError(() => customerLifetimeValue({ ...base, countFit: badParams }), "invalid_input")),
    ).toEqual(["countFit.params.alpha"]);
    const bgBb = {
      model: "bg-bb",
      params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 },
      unit: "year",
    } as unknown as CountModel;
    const e = expectClienteleError(() => customerLifetimeValue({ ...base, countFit: bgBb }), "invalid_input");
    expect(issuePaths(e)).toEqual(["countFit.model"]);
    expect(e.issues[0]?.message).toMatch(/count model in continuous time/);
  });

  it("rejects a horizon that is not a whole number of periods, a margin outside [0, 1] and a bad customer, with paths", () => {
    const base = { countFit: weekly, spendFit, customers: customer, discountRate: 0.001, margin: 0.3 };
    expect(
      issuePaths(
        expectClienteleError(() => customerLifetimeValue({ ...base, horizon: 5, period: 2 }), "invalid_input"),
      ),
    ).toEqual(["horizon"]);
    expect(
      issuePaths(
        expectClienteleError(() => customerLifetimeValue({ ...base, horizon: 4, margin: 1.5 }), "invalid_input"),
      ),
    ).toEqual(["margin"]);
    expect(
      issuePaths(
        expectClienteleError(() => customerLifetimeValue({ ...base, horizon: 4, discountRate: -0.1 }), "invalid_input"),
      ),
    ).toEqual(["discountRate"]);
    const bad = expectClienteleError(
      () =>
        customerLifetimeValue({
          ...base,
          horizon: 4,
          customers: { frequency: [1, 2], recency: [1, 2], T: [3, 4], monetaryValue: [5, -1] },
        }),
      "invalid_input",
    );
    expect(bad.message).toMatch(/^customerLifetimeValue: /);
    expect(issuePaths(bad)).toEqual(["customer.monetaryValue[1]"]);
    const impossible = expectClienteleError(
      () => customerLifetimeValue({ ...base, horizon: 4, customers: { ...customer, recency: 50 } }),
      "domain_error",
    );
    expect(impossible.message).toMatch(/^customerLifetimeValue: /);
    expectClienteleError(
      () =>
        customerLifetimeValue({
          ...base,
          horizon: 4,
          spendFit: { model: "gamma-gamma", params: { p: 1, q: 0.9, gamma: 1 } },
        }),
      "domain_error",
    );
  });

  it("telescopes to margin · spend · E[Y(H)] at a zero rate, and is 0 for a zero horizon (property, with no mutation)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (x, tx, extra, z, K) => {
          const c = { frequency: x, recency: x === 0 ? 0 : tx, T: (x === 0 ? 0 : tx) + extra, monetaryValue: z };
          const copy = { ...c };
          const clv = customerLifetimeValue({
            countFit: weekly,
            spendFit,
            customers: c,
            horizon: K,
            discountRate: 0,
            margin: 0.4,
          });
          expect(c).toEqual(copy);
          const expected = 0.4 * expectedAverageSpend(spendFit, c) * conditionalExpectedPurchases(weekly, K, c);
          expectClose(clv, expected, { rel: 1e-10, abs: 1e-12 });
          expect(
            customerLifetimeValue({
              countFit: weekly,
              spendFit,
              customers: c,
              horizon: 0,
              discountRate: 0.1,
              margin: 0.4,
            }),
          ).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("falls as the discount rate rises (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (d1, d2) => {
          const [lo, hi] = d1 < d2 ? [d1, d2] : [d2, d1];
          const at = (d: number): number =>
            customerLifetimeValue({
              countFit: weekly,
              spendFit,
              customers: customer,
              horizon: 10,
              discountRate: d,
              margin: 1,
            });
          expect(at(hi)).toBeLessThanOrEqual(at(lo) * (1 + 1e-12));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("gives, for columns, a Float64Array equal to the one-customer values (CDNOW fits, 52 weeks)", () => {
    const rows = loadCdnowSpend();
    const countFit: BgNbdFit = fitBgNbd(rows, { unit: "week", standardErrors: false });
    const gg = fitGammaGamma(rows, { standardErrors: false });
    const sample = rows.slice(0, 40);
    const columns = {
      frequency: sample.map((r) => r.frequency),
      recency: sample.map((r) => r.recency),
      T: Float64Array.from(sample, (r) => r.T),
      monetaryValue: sample.map((r) => r.monetaryValue),
    };
    const out = customerLifetimeValue({
      countFit,
      spendFit: gg,
      customers: columns,
      horizon: 52,
      discountRate: 0.0018,
      margin: 0.3,
    });
    expect(out).toBeInstanceOf(Float64Array);
    expect(out).toHaveLength(40);
    for (const i of [0, 7, 39]) {
      expectClose(
        out[i]!,
        customerLifetimeValue({
          countFit,
          spendFit: gg,
          customers: sample[i]!,
          horizon: 52,
          discountRate: 0.0018,
          margin: 0.3,
        }),
        { rel: 1e-14 },
        `customer ${i}`,
      );
    }
  });

  it("closed form: margin · E[spend] · DERT at d = 0.18% a week (δ = ln(1 + d) per week inside; hand calculation, CDNOW customer 1)", () => {
    // E[spend] = 24.663713910761 (above); δ = ln(1.0018) = 0.0017983819…
    const dert = discountedExpectedResidualPurchases(pareto, customer, { discountRate: 0.0018 });
    const clv = customerLifetimeValue({
      countFit: pareto,
      spendFit,
      customers: customer,
      method: "closed-form",
      discountRate: 0.0018,
      margin: 0.3,
    });
    expectClose(clv, 0.3 * 24.663713910761153 * dert, { rel: 1e-13 });
    expectClose(clv, 61.03, { abs: 0.005 }); // the @example
  });

  it("closed form: a rate per day is carried to weeks as (1 + d)^7 − 1, i.e. δ = 7 ln(1 + d) per week, and columns give the one-customer values", () => {
    const perDay = customerLifetimeValue({
      countFit: pareto,
      spendFit,
      customers: customer,
      method: "closed-form",
      discountRate: { rate: 0.001, per: "day" },
      margin: 1,
    });
    const dert = discountedExpectedResidualPurchases(pareto, customer, { discountRate: { rate: 0.001, per: "day" } });
    expectClose(perDay, 24.663713910761153 * dert, { rel: 1e-12 });
    const columns = {
      frequency: [0, 2, 26],
      recency: [0, 30.43, 30.86],
      T: [38.86, 38.86, 31],
      monetaryValue: [10, 22.35, 40],
    };
    const out = customerLifetimeValue({
      countFit: pareto,
      spendFit,
      customers: columns,
      method: "closed-form",
      discountRate: 0.002,
      margin: 0.3,
    });
    expect(out).toBeInstanceOf(Float64Array);
    for (let i = 0; i < 3; i++) {
      const one = {
        frequency: columns.frequency[i]!,
        recency: columns.recency[i]!,
        T: columns.T[i]!,
        monetaryValue: columns.monetaryValue[i]!,
      };
      expectClose(
        out[i]!,
        customerLifetimeValue({
          countFit: pareto,
          spendFit,
          customers: one,
          method: "closed-form",
          discountRate: 0.002,
          margin: 0.3,
        }),
        { rel: 1e-14 },
        `customer ${i}`,
      );
    }
  });

  it("the discrete sum with daily periods over 3,000 weeks approaches the closed form: within δΔ/2 ≈ 7.1e-4 relative, and within 1e-6 after the half-period correction δΔ/(e^(δΔ) − 1)", () => {
    const d = 0.01; // per week; δ = ln(1.01) = 0.00995 per week
    const closed = customerLifetimeValue({
      countFit: pareto,
      spendFit,
      customers: customer,
      method: "closed-form",
      discountRate: d,
      margin: 1,
    });
    const discrete = customerLifetimeValue({
      countFit: pareto,
      spendFit,
      customers: customer,
      horizon: 3000,
      period: { length: 1, unit: "day" },
      discountRate: d,
      margin: 1,
    });
    // Discounting each day's purchases at the end of the day instead of continuously multiplies them by
    // δΔ/(e^(δΔ) − 1) ≈ 1 − δΔ/2 (Δ = 1/7 week); the rest is the change of the purchase rate within a day
    // (second order in Δ) and the horizon's cut-off, e^(−3000δ) ≈ 1e-13 of the total.
    const step = Math.log1p(d) / 7;
    const halfPeriod = step / Math.expm1(step);
    expect(discrete).toBeLessThan(closed);
    expectClose(discrete, closed, { rel: step / 2 + 1e-6 });
    expectClose(discrete / halfPeriod, closed, { rel: 1e-6 });
  });

  it("closed form: rejects another model (path method), a horizon or period (paths horizon, period), a zero rate (path discountRate) and an unknown method; discrete without a horizon is rejected at horizon", () => {
    const base = { spendFit, customers: customer, discountRate: 0.001, margin: 0.3 };
    const otherModel = expectClienteleError(
      () => customerLifetimeValue({ ...base, countFit: weekly, method: "closed-form" }),
      "invalid_input",
    );
    expect(issuePaths(otherModel)).toEqual(["method"]);
    expect(otherModel.issues[0]?.message).toMatch(/only available for Pareto\/NBD fits, received a "bg-nbd" fit/);
    expect(
      issuePaths(
        expectClienteleError(
          () => customerLifetimeValue({ ...base, countFit: pareto, method: "closed-form", horizon: 52 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["horizon"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => customerLifetimeValue({ ...base, countFit: pareto, method: "closed-form", period: 1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["period"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => customerLifetimeValue({ ...base, countFit: pareto, method: "closed-form", discountRate: 0 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["discountRate"]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            customerLifetimeValue({
              ...base,
              countFit: pareto,
              horizon: 4,
              method: "continuous" as unknown as "discrete",
            }),
          "invalid_input",
        ),
      ),
    ).toEqual(["method"]);
    expect(
      issuePaths(expectClienteleError(() => customerLifetimeValue({ ...base, countFit: pareto }), "invalid_input")),
    ).toEqual(["horizon"]);
    const impossible = expectClienteleError(
      () =>
        customerLifetimeValue({
          ...base,
          countFit: pareto,
          method: "closed-form",
          customers: { ...customer, recency: 50 },
        }),
      "domain_error",
    );
    expect(impossible.message).toMatch(/^customerLifetimeValue: /);
  });

  it("closed form: falls as the discount rate rises and does not mutate its input (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
        (d1, d2) => {
          const [lo, hi] = d1 < d2 ? [d1, d2] : [d2, d1];
          const options = {
            countFit: structuredClone(pareto),
            spendFit: structuredClone(spendFit),
            customers: { ...customer },
            method: "closed-form" as const,
            margin: 1,
          };
          const copy = structuredClone(options);
          const at = (d: number): number => customerLifetimeValue({ ...options, discountRate: d });
          expect(at(hi)).toBeLessThanOrEqual(at(lo) * (1 + 1e-12));
          expect(options).toEqual(copy);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("accepts rows and a TransactionSummary in countFit's unit, in row order (issue 16, item 2)", () => {
    const rows = loadCdnowSpend().slice(0, 200);
    const columns = {
      frequency: rows.map((r) => r.frequency),
      recency: rows.map((r) => r.recency),
      T: rows.map((r) => r.T),
      monetaryValue: rows.map((r) => r.monetaryValue),
    };
    const options = { countFit: weekly, spendFit, horizon: 52, discountRate: 0.0018, margin: 0.3 };
    const byRows = customerLifetimeValue({ ...options, customers: rows });
    expect(byRows).toEqual(customerLifetimeValue({ ...options, customers: columns }));
    const summary = { rows, metadata: { unit: "week" } } as never;
    expect(customerLifetimeValue({ ...options, customers: summary })).toEqual(byRows);
    const days = { rows, metadata: { unit: "day" } } as never;
    const e = expectClienteleError(() => customerLifetimeValue({ ...options, customers: days }), "invalid_input");
    expect(issuePaths(e)).toEqual(["customer.metadata.unit"]);
    const bad = [rows[0]!, { ...rows[1]!, monetaryValue: "x" }] as never;
    const e2 = expectClienteleError(() => customerLifetimeValue({ ...options, customers: bad }), "invalid_input");
    expect(e2.message).toMatch(/^customerLifetimeValue:/);
    expect(issuePaths(e2)).toEqual(["customer[1].monetaryValue"]);
  });
});
