import { describe, expect, it } from "vitest";
import { accrueTransactions, balance, createLedger } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("accrueTransactions", () => {
  it("earns per currency unit with a category multiplier and a per-transaction cap (the TSDoc example)", () => {
    const ledger = createLedger({
      costPerPoint: 0.01,
      earn: {
        basis: "spend",
        rate: 1,
        multipliers: [{ field: "productId", value: "fuel", factor: 2 }],
        capPerTransaction: 500,
      },
    });
    const log = [
      { customerId: "m1", timestamp: "2024-03-01", amount: 42.8 },
      { customerId: "m1", timestamp: "2024-03-02", amount: 60, productId: "fuel", transactionId: "T2" },
      { customerId: "m1", timestamp: "2024-03-03", amount: 900 },
    ];
    const copy = structuredClone(log);
    const result = accrueTransactions(ledger, log);
    // floor(42.8) = 42; 60 × 2 = 120; 900 capped at 500.
    expect(result.points).toEqual([42, 120, 500]);
    expect(result.uncapped).toEqual([42, 120, 900]);
    expect(balance(result.ledger, { asOf: "2024-03-31" }).points).toBe(662);
    expect(result.ledger.events[1]).toMatchObject({ points: 120, transactionId: "T2" });
    expect(log).toEqual(copy);
    expect(ledger.events.length).toBe(0);
  });

  it("stamps one per visit, at most one a day, and records nothing for a capped visit", () => {
    const ledger = createLedger({
      costPerPoint: 0.5,
      earn: { basis: "visit", rate: 1, capPerPeriod: { points: 1, period: "day" } },
    });
    const result = accrueTransactions(ledger, [
      { customerId: "m1", timestamp: "2024-03-01T09:00:00Z", amount: 3 },
      { customerId: "m1", timestamp: "2024-03-01T15:00:00Z", amount: 4 },
      { customerId: "m2", timestamp: "2024-03-01T15:00:00Z", amount: 4 },
      { customerId: "m1", timestamp: "2024-03-02T08:00:00Z", amount: 3 },
    ]);
    expect(result.points).toEqual([1, 0, 1, 1]);
    expect(result.ledger.events.length).toBe(3);
  });

  it("earns per distance flown from quantity, capped per calendar month in time order", () => {
    const ledger = createLedger({
      costPerPoint: 0.01,
      earn: { basis: "distance", rate: 1, capPerPeriod: { points: 5000, period: "month" } },
    });
    const result = accrueTransactions(ledger, [
      { customerId: "m1", timestamp: "2024-03-20", amount: 300, quantity: 3000 },
      { customerId: "m1", timestamp: "2024-03-05", amount: 300, quantity: 3000 },
      { customerId: "m1", timestamp: "2024-04-01", amount: 300, quantity: 3000 },
    ]);
    // March: 03-05 earns 3000, then 03-20 only the 2000 left of the 5000 cap. April starts afresh.
    expect(result.points).toEqual([2000, 3000, 3000]);
  });

  it("rounds a product that misses a whole number by rounding error to it", () => {
    const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 100 } });
    expect(accrueTransactions(ledger, [{ customerId: "m1", timestamp: "2024-03-01", amount: 0.29 }]).points).toEqual([
      29,
    ]);
  });

  it("rejects bad rows, a distance row without quantity, another currency, with paths", () => {
    const ledger = createLedger({ costPerPoint: 0.01, currency: "EUR", earn: { basis: "distance", rate: 1 } });
    const e = expectClienteleError(
      () =>
        accrueTransactions(ledger, [
          { customerId: "m1", timestamp: "2024-03-01", amount: 10 },
          { customerId: "m1", timestamp: "2024-03-01", amount: 10, quantity: 5, currency: "USD" },
        ]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["transactions[0].quantity", "transactions[1].currency"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => accrueTransactions(ledger, [{ customerId: "m1", timestamp: "x", amount: -1 }]),
          "invalid_input",
        ),
      ),
    ).toEqual(["transactions[0].timestamp", "transactions[0].amount"]);
  });
});
