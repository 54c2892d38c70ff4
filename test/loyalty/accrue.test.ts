import { describe, expect, it } from "vitest";
import { accrue, balance, createLedger } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("accrue", () => {
  const empty = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 }, programId: "club" });

  it("appends one lot to a new ledger (the TSDoc example)", () => {
    const ledger = accrue(empty, { customerId: "m1", timestamp: "2024-03-01", points: 250 });
    expect(balance(ledger, { asOf: "2024-03-31" }).points).toBe(250);
    expect(ledger.events[0]).toEqual({
      customerId: "m1",
      timestamp: new Date("2024-03-01"),
      type: "accrual",
      points: 250,
    });
    expect(empty.events.length).toBe(0);
  });

  it("rejects negative or fractional points, an expiry before the accrual, another program", () => {
    for (const [accrual, path] of [
      [{ customerId: "m1", timestamp: "2024-03-01", points: -5 }, "accrual.points"],
      [{ customerId: "m1", timestamp: "2024-03-01", points: 2.5 }, "accrual.points"],
      [{ customerId: "m1", timestamp: "2024-03-01", points: 5, expiresAt: "2024-02-01" }, "accrual.expiresAt"],
      [{ customerId: "m1", timestamp: "2024-03-01", points: 5, programId: "miles" }, "accrual.programId"],
    ] as const) {
      expect(issuePaths(expectClienteleError(() => accrue(empty, accrual), "invalid_input"))).toEqual([path]);
    }
  });
});
