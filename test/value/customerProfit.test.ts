import { describe, expect, it } from "vitest";
import { customerProfit } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { record } from "./_records.ts";

const to = new Date("2027-01-01");

describe("customerProfit", () => {
  const r = record(
    "c1",
    [
      { at: "2026-02-01", amount: 100, cost: 60, channel: "web" },
      { at: "2026-03-01", amount: 50, channel: "store" },
      { at: "2026-04-01", amount: 250, cost: 200 },
    ],
    { kinds: [["2026-02-10", "return"]], customer: { id: "c1", segment: "retail" } },
  );
  const drivers = { perOrder: 3, perOrderByChannel: { web: 8 }, perInteraction: { return: 15 } };

  it("is revenue − product cost − cost to serve (worked example, by hand)", () => {
    const p = customerProfit(r, drivers, { to, missingCost: { margin: 0.4 } });
    // revenue 400; product cost 60 + 50 × 0.6 + 200 = 290; gross 110; cost to serve 3 × 2 + 8 + 15 = 29; profit 81.
    expect(p.revenue).toBe(400);
    expect(p.productCost).toBeCloseTo(290, 12);
    expect(p.grossProfit).toBeCloseTo(110, 12);
    expect(p.costToServe).toBe(29);
    expect(p.profit).toBeCloseTo(81, 12);
    expect(p.orders).toBe(3);
    expect(p.imputedCostCount).toBe(1);
    expect(p.segment).toBe("retail");
  });

  it("treats a missing cost only by the stated policy: throw by default, zero when told", () => {
    const e = expectClienteleError(() => customerProfit(r, drivers, { to }), "invalid_input");
    expect(issuePaths(e)).toEqual(["transactions[1].cost"]);
    expect(e.message).toContain("missingCost");
    const zero = customerProfit(r, drivers, { to, missingCost: "zero" });
    expect(zero.productCost).toBe(260);
    expect(zero.imputedCostCount).toBe(1);
  });

  it("counts only the window [from, to)", () => {
    const p = customerProfit(r, {}, { from: "2026-02-15", to: "2026-04-01", missingCost: "zero" });
    expect(p.revenue).toBe(50);
    expect(p.orders).toBe(1);
    expect(p.profit).toBe(50);
  });

  it("rejects a bad policy and a negative stated cost with paths", () => {
    expect(
      issuePaths(
        expectClienteleError(() => customerProfit(r, {}, { to, missingCost: { margin: 2 } }), "invalid_input"),
      ),
    ).toEqual(["options.missingCost.margin"]);
    const neg = record("n", [{ at: "2026-01-01", amount: 5, cost: -1 }]);
    expect(issuePaths(expectClienteleError(() => customerProfit(neg, {}, { to }), "invalid_input"))).toEqual([
      "transactions[0].cost",
    ]);
  });

  it("throws domain_error when a figure overflows", () => {
    const big = record("b", [
      { at: "2026-01-01", amount: Number.MAX_VALUE, cost: 0 },
      { at: "2026-01-02", amount: Number.MAX_VALUE, cost: 0 },
    ]);
    expectClienteleError(() => customerProfit(big, {}, { to }), "domain_error");
  });
});
