import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerBaseOverview } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("customerBaseOverview", () => {
  const log = [
    { customerId: "a", timestamp: "1997-01-01T23:30:00Z", amount: 10 },
    { customerId: "a", timestamp: "1997-01-02T00:30:00Z", amount: 5 },
    { customerId: "b", timestamp: "1997-01-03", amount: 7 },
    { customerId: "b", timestamp: "1997-01-03", amount: 0 },
  ];

  it("counts customers, rows, customer-days, revenue and repeat buyers", () => {
    const o = customerBaseOverview(log);
    expect(o).toEqual({
      customers: 2,
      transactions: 4,
      purchaseDays: 3,
      firstTimestamp: new Date("1997-01-01T23:30:00Z"),
      lastTimestamp: new Date("1997-01-03T00:00:00Z"),
      revenue: 22,
      currency: undefined,
      repeatBuyers: 1,
      repeatBuyerShare: 0.5,
      averageTransactionValue: 5.5,
    });
  });

  it("takes calendar days in the given time zone", () => {
    // 23:30Z and 00:30Z the next day are the same evening in New York (UTC−5 in January).
    expect(customerBaseOverview(log, { timeZone: "America/New_York" }).repeatBuyers).toBe(0);
  });

  it("throws insufficient_data for an empty log and domain_error for mixed currencies", () => {
    expectClienteleError(() => customerBaseOverview([]), "insufficient_data");
    const e = expectClienteleError(
      () =>
        customerBaseOverview([
          { customerId: "a", timestamp: "1997-01-01", amount: 1, currency: "USD" },
          { customerId: "a", timestamp: "1997-01-02", amount: 1, currency: "EUR" },
        ]),
      "domain_error",
    );
    expect(e.message).toBe("customerBaseOverview: rows mix currencies (USD, EUR); convert or filter them first");
  });

  it("rejects bad rows and options with their paths", () => {
    const bad = expectClienteleError(
      () => customerBaseOverview([{ customerId: "a", timestamp: "x", amount: 1 }]),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["transactions[0].timestamp"]);
    const tz = expectClienteleError(() => customerBaseOverview(log, { timeZone: "Mars/Olympus" }), "invalid_input");
    expect(issuePaths(tz)).toEqual(["options.timeZone"]);
  });

  it("keeps repeatBuyers ≤ customers ≤ purchaseDays ≤ transactions and the share in [0, 1] (property)", () => {
    const tx = fc.record({
      customerId: fc.constantFrom("a", "b", "c"),
      timestamp: fc.date({ min: new Date("2000-01-01"), max: new Date("2000-03-01"), noInvalidDate: true }),
      amount: fc.double({ min: 0, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(tx, { minLength: 1, maxLength: 40 }), (rows) => {
        const before = structuredClone(rows);
        const o = customerBaseOverview(rows);
        expect(rows).toEqual(before);
        expect(o.repeatBuyers).toBeLessThanOrEqual(o.customers);
        expect(o.customers).toBeLessThanOrEqual(o.purchaseDays);
        expect(o.purchaseDays).toBeLessThanOrEqual(o.transactions);
        expect(o.repeatBuyerShare).toBeGreaterThanOrEqual(0);
        expect(o.repeatBuyerShare).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("customerBaseOverview on a large bad log", () => {
  it("throws one bounded invalid_input for 300,000 bad rows (was a RangeError: stack overflow)", () => {
    const rows = Array.from({ length: 300_000 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const error = expectClienteleError(() => customerBaseOverview(rows as never), "invalid_input");
    expect(error.issueCount).toBe(300_000);
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.issues[0]?.path).toEqual(["transactions", 0, "customerId"]);
  });
});

describe("customerBaseOverview: maxIssues (issue 16 item 1)", () => {
  it("keeps as many issues as maxIssues says and counts them all", () => {
    const rows = Array.from({ length: 500 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const e = expectClienteleError(() => customerBaseOverview(rows as never, { maxIssues: 4 }), "invalid_input");
    expect([e.issues.length, e.issueCount]).toEqual([4, 500]);
    const v = expectClienteleError(() => customerBaseOverview(rows as never, { maxIssues: -1 }), "invalid_input");
    expect(v.issues[0]?.path).toEqual(["options", "maxIssues"]);
  });
});

describe("customerBaseOverview at the edge of the doubles", () => {
  it("throws domain_error when revenue overflows (two amounts of 1e308 gave Infinity)", () => {
    const rows = [
      { customerId: "a", timestamp: "2024-01-01", amount: 1e308 },
      { customerId: "b", timestamp: "2024-01-02", amount: 1e308 },
    ];
    expect(expectClienteleError(() => customerBaseOverview(rows), "domain_error").message).toContain("revenue");
  });
});
