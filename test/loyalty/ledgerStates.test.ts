import { describe, expect, it } from "vitest";
import { createLedger, ledgerStates } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("ledgerStates", () => {
  it("gives every member's state, sorted by id (the TSDoc example)", () => {
    const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }, [
      { customerId: "b", timestamp: "2024-01-05", type: "accrual", points: 50 },
      { customerId: "a", timestamp: "2024-01-06", type: "accrual", points: 70 },
      { customerId: "a", timestamp: "2024-02-01", type: "redemption", points: 20 },
    ]);
    expect(ledgerStates(ledger, { asOf: "2024-12-31" }).map((s) => [s.customerId, s.points])).toEqual([
      ["a", 50],
      ["b", 50],
    ]);
    expect(ledgerStates(ledger, { asOf: "2024-01-01" }).map((s) => s.points)).toEqual([0, 0]);
    // @ts-expect-error asOf is required
    expect(issuePaths(expectClienteleError(() => ledgerStates(ledger, {}), "invalid_input"))).toEqual(["options.asOf"]);
  });
});
