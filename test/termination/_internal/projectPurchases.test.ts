import { describe, expect, it } from "vitest";
import { conditionalExpectedPurchases, expectedAverageSpend } from "../../../src/clv/index.ts";
import { projectPurchases } from "../../../src/termination/_internal/projectPurchases.ts";
import { day, rec, tx } from "../_terminationFixtures.ts";

const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" } as const;
const spendFit = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
const base = {
  fn: "f",
  asOfMs: day("2024-06-30").getTime(),
  horizonDays: 364,
  fit: undefined,
  spendFit: undefined,
  summary: undefined,
};

describe("projectPurchases", () => {
  it("projects nothing without a model", () => {
    expect(projectPurchases({ ...base, record: rec() })).toEqual({
      expectedPurchases: undefined,
      spendPerPurchase: undefined,
    });
  });
  it("summarises the record in the fit's unit (x = 1, t_x = 13 weeks, T = 172/7 weeks) and converts 364 days to 52 weeks", () => {
    const record = rec({ transactions: [tx("2024-01-10", 100), tx("2024-04-10", 50)] });
    const p = projectPurchases({ ...base, record, fit, spendFit });
    expect(p.expectedPurchases).toBeCloseTo(
      conditionalExpectedPurchases(fit, 52, { frequency: 1, recency: 13, T: 172 / 7 }),
      12,
    );
    expect(p.spendPerPurchase).toBeCloseTo(expectedAverageSpend(spendFit, { frequency: 1, monetaryValue: 50 }), 12);
  });
  it("expects 0 purchases from a customer who never bought, and checks the summary's customer", () => {
    expect(projectPurchases({ ...base, record: rec(), fit }).expectedPurchases).toBe(0);
    expect(() =>
      projectPurchases({ ...base, record: rec(), fit, summary: { customerId: "zz", frequency: 0, recency: 0, T: 1 } }),
    ).toThrow(/summary/);
  });
});
