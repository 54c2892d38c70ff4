import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CustomerProfit, profitBySegment } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const row = (customerId: string, profit: number, segment?: string): CustomerProfit => ({
  customerId,
  ...(segment === undefined ? {} : { segment }),
  revenue: 100,
  productCost: 60,
  grossProfit: 40,
  costToServe: 40 - profit,
  profit,
  orders: 1,
  imputedCostCount: 0,
  lines: [],
});

describe("profitBySegment", () => {
  it("sums each segment and orders them by profit (worked example, by hand)", () => {
    const s = profitBySegment([row("a", 30, "trade"), row("b", -10, "trade"), row("c", 5, "retail")]);
    expect(s).toEqual([
      {
        segment: "trade",
        customers: 2,
        revenue: 200,
        productCost: 120,
        costToServe: 60,
        profit: 20,
        profitPerCustomer: 10,
        profitMargin: 0.1,
        unprofitableCustomers: 1,
      },
      {
        segment: "retail",
        customers: 1,
        revenue: 100,
        productCost: 60,
        costToServe: 35,
        profit: 5,
        profitPerCustomer: 5,
        profitMargin: 0.05,
        unprofitableCustomers: 0,
      },
    ]);
  });

  it("lets options.segments override the record's segment, and names a customer without one", () => {
    expect(profitBySegment([row("a", 1, "x")], { segments: { a: "y" } })[0]?.segment).toBe("y");
    const e = expectClienteleError(() => profitBySegment([row("a", 1, "x"), row("b", 2)]), "invalid_input");
    expect(issuePaths(e)).toEqual(["profits[1].segment"]);
    const bad = expectClienteleError(
      () => profitBySegment([{ ...row("a", 1, "x"), profit: Number.NaN }]),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["profits[0].profit"]);
  });

  it("is stable under permutation and does not mutate its input (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.constantFrom("s1", "s2", "s3"))), (xs) => {
        const rows = xs.map(([p, s], i) => row(`c${i}`, p, s));
        const before = structuredClone(rows);
        const a = profitBySegment(rows);
        expect(rows).toEqual(before);
        expect(profitBySegment([...rows].reverse())).toEqual(a);
      }),
    );
  });
});
