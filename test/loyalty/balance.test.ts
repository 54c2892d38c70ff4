import { describe, expect, it } from "vitest";
import { balance, createLedger } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("balance", () => {
  const program = {
    costPerPoint: 0.01,
    valuePerPoint: 0.015,
    earn: { basis: "spend", rate: 1 },
    expiry: { kind: "fixed", after: { length: 12, unit: "month" } },
  } as const;
  const ledger = createLedger(program, [
    { customerId: "m1", timestamp: "2024-01-15", type: "accrual", points: 400 },
    { customerId: "m1", timestamp: "2024-06-01", type: "accrual", points: 300 },
    { customerId: "m1", timestamp: "2024-07-01", type: "redemption", points: 250 },
  ]);

  it("counts lapsed points apart from the recorded balance (the TSDoc example)", () => {
    // The redemption takes 250 of the January lot (FIFO), whose 150 left lapse on 2025-01-15.
    const b = balance(ledger, { asOf: "2025-02-01" });
    expect(b).toMatchObject({ points: 450, lapsed: 150, available: 300, costValue: 3 });
    expect(b.cashValue).toBeCloseTo(4.5, 12);
  });

  it("ignores events after asOf and gives zeros for a member without events", () => {
    expect(balance(ledger, { asOf: "2024-03-01" })).toMatchObject({ accrued: 400, points: 400, available: 400 });
    expect(balance(ledger, { asOf: "2024-03-01", customerId: "nobody" })).toMatchObject({ points: 0, lots: [] });
  });

  it("needs customerId on a ledger of several members, and asOf always", () => {
    const two = createLedger(program, [
      { customerId: "a", timestamp: "2024-01-15", type: "accrual", points: 1 },
      { customerId: "b", timestamp: "2024-01-15", type: "accrual", points: 1 },
    ]);
    const e = expectClienteleError(() => balance(two, { asOf: "2024-02-01" }), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.customerId"]);
    expect(balance(two, { asOf: "2024-02-01", customerId: "b" }).points).toBe(1);
    // @ts-expect-error asOf is required
    expect(issuePaths(expectClienteleError(() => balance(ledger, {}), "invalid_input"))).toEqual(["options.asOf"]);
  });
});
