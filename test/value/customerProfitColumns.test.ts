import { describe, expect, it } from "vitest";
import { customerProfitColumns, customerProfits, whaleCurve } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { columnsOfRecords, record, seededRecords } from "./_records.ts";

const drivers = {
  currency: "EUR",
  perOrder: 3,
  perOrderByChannel: { web: 7.5, store: 1.25 },
  revenueShare: 0.02,
  perInteraction: { delivery: 6, return: 12, call: 4 },
  otherInteraction: 1,
  perServiceFailure: 30,
  perComplaint: 25,
  perIncidentStaffHour: 40,
};
const options = { from: new Date("2025-04-01"), to: new Date("2026-10-01"), missingCost: { margin: 0.35 } } as const;

describe("customerProfitColumns", () => {
  it("gives customerProfits' figures, element for element, from records and from columns (seeded bases)", () => {
    for (const seed of [1, 7, 42]) {
      const records = seededRecords(300, seed);
      const objects = customerProfits(records, drivers, options);
      for (const base of [records, columnsOfRecords(records)]) {
        const p = customerProfitColumns(base, drivers, options);
        expect(p.customerId).toEqual(objects.map((o) => o.customerId));
        expect(p.segment).toEqual(objects.map((o) => o.segment));
        expect(p.currency).toBe("EUR");
        for (const key of [
          "revenue",
          "productCost",
          "grossProfit",
          "costToServe",
          "profit",
          "orders",
          "imputedCostCount",
        ] as const) {
          expect(Array.from(p[key])).toEqual(objects.map((o) => o[key]));
        }
      }
    }
  });

  it("feeds whaleCurve as it is, with the curve of the objects (and a frozen id column)", () => {
    const records = seededRecords(200, 3);
    const p = customerProfitColumns(
      columnsOfRecords(records),
      { perOrder: 2 },
      { to: new Date("2027-01-01"), missingCost: "zero" },
    );
    expect(Object.isFrozen(p.customerId)).toBe(true);
    const objects = customerProfits(records, { perOrder: 2 }, { to: new Date("2027-01-01"), missingCost: "zero" });
    expect(whaleCurve(p)).toEqual(whaleCurve(objects));
  });

  it("works a two-customer example by hand", () => {
    const p = customerProfitColumns(
      [
        record("a", [{ at: "2026-01-05", amount: 80, cost: 50 }]),
        record("b", [{ at: "2026-01-06", amount: 10, cost: 6 }]),
      ],
      { perOrder: 5 },
      { to: new Date("2027-01-01") },
    );
    // a: 80 − 50 − 5 = 25; b: 10 − 6 − 5 = −1.
    expect(Array.from(p.profit)).toEqual([25, -1]);
    expect(Array.from(p.costToServe)).toEqual([5, 5]);
    expect(p.segment).toBeUndefined();
    expect(p.currency).toBeUndefined();
  });

  it("rejects a base that is neither records nor columns, and repeated ids in records", () => {
    expect(
      issuePaths(
        expectClienteleError(() => customerProfitColumns(7 as never, {}, { to: "2027-01-01" }), "invalid_input"),
      ),
    ).toEqual(["records"]);
    const twice = [record("a", []), record("a", [])];
    expect(
      issuePaths(expectClienteleError(() => customerProfitColumns(twice, {}, { to: "2027-01-01" }), "invalid_input")),
    ).toEqual(["records[1].customerId"]);
  });
});
