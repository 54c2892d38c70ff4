import { describe, expect, it } from "vitest";
import { expectedAverageSpend } from "../../../src/clv/gammaGamma/expectedAverageSpend.ts";
import { fitGammaGamma } from "../../../src/clv/gammaGamma/fitGammaGamma.ts";
import { customerLifetimeValue } from "../../../src/clv/lifetimeValue/customerLifetimeValue.ts";
import { type CustomerScore, scoreCustomers } from "../../../src/clv/lifetimeValue/scoreCustomers.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";
import { conditionalExpectedPurchasesInterval } from "../../../src/clv/uncertainty/conditionalExpectedPurchasesInterval.ts";
import { probabilityAliveInterval } from "../../../src/clv/uncertainty/probabilityAliveInterval.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

// CDNOW (Fader, Hardie & Lee 2005): calibration to 1997-09-30 in weeks, BG/NBD and Gamma-Gamma fitted to it.
const { summary, fit } = loadCdnowHoldout();
const spendFit = fitGammaGamma(summary);
const value = { spendFit, discountRate: 0.0018, margin: 0.3 };

describe("scoreCustomers", () => {
  it("on CDNOW, gives each customer's id and the numbers of the individual prediction functions", () => {
    const scores = scoreCustomers({ customers: summary, countFit: fit, horizon: 52, ...value });
    expect(scores).toHaveLength(2357);
    const alive = probabilityAlive(fit, summary);
    const purchases = conditionalExpectedPurchases(fit, 52, summary);
    const spend = expectedAverageSpend(spendFit, summary);
    const clv = customerLifetimeValue({ countFit: fit, customers: summary, horizon: 52, ...value });
    scores.forEach((s, i) => {
      expect(s.customerId).toBe(summary.rows[i]!.customerId);
      expect(s.probabilityAlive).toBe(alive[i]);
      expect(s.expectedPurchases).toBe(purchases[i]);
      expect(s.expectedSpend).toBe(spend[i]);
      expect(s.lifetimeValue).toBe(clv[i]);
    });
    // Σ expected purchases over the 39-week holdout is FHL 2005's 1,653 (docs/guides/model-checking.md).
    const holdout = scoreCustomers({ customers: summary.rows, countFit: fit, horizon: 39 });
    expect(Math.round(holdout.reduce((sum, s) => sum + s.expectedPurchases, 0))).toBe(1653);
    expect(Object.keys(holdout[0]!)).toEqual(["customerId", "probabilityAlive", "expectedPurchases"]);
  });

  it("ranks by one number, highest first, ties in input order, and keeps the top n", () => {
    const all = scoreCustomers({ customers: summary, countFit: fit, horizon: 52, ...value });
    const top = scoreCustomers({
      customers: summary,
      countFit: fit,
      horizon: 52,
      ...value,
      sortBy: "lifetimeValue",
      top: 10,
    });
    expect(top).toHaveLength(10);
    const sorted = [...all].sort((a, b) => b.lifetimeValue! - a.lifetimeValue!);
    expect(top).toEqual(sorted.slice(0, 10));
    for (let k = 1; k < top.length; k++)
      expect(top[k - 1]!.lifetimeValue!).toBeGreaterThanOrEqual(top[k]!.lifetimeValue!);
    // Every x = 0 customer has P(alive) = 1 under BG/NBD: ties, which keep the summary's order.
    const alive = scoreCustomers({ customers: summary, countFit: fit, horizon: 52, sortBy: "probabilityAlive" });
    const ones = alive.filter((s) => s.probabilityAlive === 1).map((s) => s.customerId);
    const inputOrder = summary.rows.map((r) => r.customerId).filter((id) => ones.includes(id));
    expect(ones).toEqual(inputOrder);
    const lowest = scoreCustomers({
      customers: summary,
      countFit: fit,
      horizon: 52,
      sortBy: "expectedPurchases",
      order: "ascending",
      top: 3,
    });
    const min = Math.min(...all.map((s) => s.expectedPurchases));
    expect(lowest[0]!.expectedPurchases).toBe(min);
    expect(lowest[1]!.expectedPurchases).toBeGreaterThanOrEqual(min);
    expect(
      scoreCustomers({ customers: summary, countFit: fit, horizon: 52, sortBy: "probabilityAlive", top: 0 }),
    ).toEqual([]);
  });

  it("returns plain arrays in both forms, which JSON gives back unchanged", () => {
    const rows: CustomerScore[] = scoreCustomers({
      customers: summary.rows.slice(0, 100),
      countFit: fit,
      horizon: 52,
      ...value,
    });
    expect(Array.isArray(rows)).toBe(true);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
    const columns = scoreCustomers({
      customers: summary.rows.slice(0, 100),
      countFit: fit,
      horizon: 52,
      ...value,
      form: "columns",
    });
    for (const column of Object.values(columns)) expect(Array.isArray(column)).toBe(true);
    expect(JSON.parse(JSON.stringify(columns))).toEqual(columns);
    expect(columns.customerId).toEqual(rows.map((r) => r.customerId));
    expect(columns.lifetimeValue).toEqual(rows.map((r) => r.lifetimeValue));
  });

  it("adds the interval functions' bounds when asked (same seed, same draws)", () => {
    const customers = summary.rows.slice(0, 30);
    const intervals = { seed: 7, draws: 60 };
    const scores = scoreCustomers({ customers, countFit: fit, horizon: 52, intervals });
    const alive = probabilityAliveInterval(fit, customers, intervals);
    const purchases = conditionalExpectedPurchasesInterval(fit, 52, customers, intervals);
    scores.forEach((s, i) => {
      expect(s.probabilityAliveLower).toBe(alive.lower[i]);
      expect(s.probabilityAliveUpper).toBe(alive.upper[i]);
      expect(s.expectedPurchasesLower).toBe(purchases.lower[i]);
      expect(s.expectedPurchasesUpper).toBe(purchases.upper[i]);
      expect(s.expectedPurchasesLower!).toBeLessThanOrEqual(s.expectedPurchasesUpper!);
    });
    const noSeed = expectClienteleError(
      () => scoreCustomers({ customers, countFit: fit, horizon: 52, intervals: {} as never }),
      "invalid_input",
    );
    expect(issuePaths(noSeed)).toEqual(["intervals.seed"]);
  });

  it("accepts summary columns with numeric ids, and a horizon in another exact unit", () => {
    const rows = summary.rows.slice(0, 5);
    const columns = {
      customerId: rows.map((_, i) => i + 1),
      frequency: rows.map((r) => r.frequency),
      recency: rows.map((r) => r.recency),
      T: rows.map((r) => r.T),
    };
    const scores = scoreCustomers({ customers: columns, countFit: fit, horizon: { length: 364, unit: "day" } });
    expect(scores.map((s) => s.customerId)).toEqual(["1", "2", "3", "4", "5"]);
    expect(scores.map((s) => s.expectedPurchases)).toEqual([...conditionalExpectedPurchases(fit, 52, rows)]);
  });

  it("refuses repeated ids (at the second), a summary in another unit, and options that do not fit together", () => {
    const rows = summary.rows.slice(0, 4);
    const repeated = [...rows, { ...rows[1]! }];
    const dup = expectClienteleError(
      () => scoreCustomers({ customers: repeated, countFit: fit, horizon: 52 }),
      "invalid_input",
    );
    expect(issuePaths(dup)).toEqual(["customers[4].customerId"]);
    const days = { rows, metadata: { ...summary.metadata, unit: "day" as const } };
    const unit = expectClienteleError(
      () => scoreCustomers({ customers: days, countFit: fit, horizon: 52 }),
      "invalid_input",
    );
    expect(issuePaths(unit)).toEqual(["customers.metadata.unit"]);
    const bad = [rows[0]!, { ...rows[1]!, recency: -1 }];
    expect(
      issuePaths(
        expectClienteleError(() => scoreCustomers({ customers: bad, countFit: fit, horizon: 52 }), "invalid_input"),
      ),
    ).toEqual(["customers[1].recency"]);
    const noSort = expectClienteleError(
      () => scoreCustomers({ customers: rows, countFit: fit, horizon: 52, top: 2 }),
      "invalid_input",
    );
    expect(issuePaths(noSort)).toEqual(["top"]);
    const noSpend = expectClienteleError(
      () => scoreCustomers({ customers: rows, countFit: fit, horizon: 52, margin: 0.3, sortBy: "lifetimeValue" }),
      "invalid_input",
    );
    expect(issuePaths(noSpend)).toEqual(["margin", "sortBy"]);
    const noMargin = expectClienteleError(
      () => scoreCustomers({ customers: rows, countFit: fit, horizon: 52, spendFit }),
      "invalid_input",
    );
    expect(issuePaths(noMargin)).toEqual(["discountRate", "margin"]);
    const one = expectClienteleError(
      () => scoreCustomers({ customers: rows[0]! as never, countFit: fit, horizon: 52 }),
      "invalid_input",
    );
    expect(issuePaths(one)).toEqual(["customers"]);
    const bgBb = { model: "bg-bb", params: { alpha: 1, beta: 1, gamma: 1, delta: 1 } } as never;
    expect(
      issuePaths(
        expectClienteleError(() => scoreCustomers({ customers: rows, countFit: bgBb, horizon: 5 }), "invalid_input"),
      ),
    ).toEqual(["countFit.model"]);
    const extra = expectClienteleError(
      () => scoreCustomers({ customers: rows, countFit: fit, horizon: 52, method: "closed-form" } as never),
      "invalid_input",
    );
    expect(extra.issues[0]!.code).toBe("unrecognized_keys");
  });
});
