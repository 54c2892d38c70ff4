import { describe, expect, it } from "vitest";
import { createLedger, estimateBreakage } from "../../src/loyalty/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("estimateBreakage", () => {
  it("is the share of settled points that expired (the TSDoc example, by hand)", () => {
    const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }, [
      { customerId: "a", timestamp: "2023-01-01", type: "accrual", points: 1000 },
      { customerId: "a", timestamp: "2023-06-01", type: "redemption", points: 600 },
      { customerId: "a", timestamp: "2024-06-01", type: "expiry", points: 150 },
    ]);
    // settled 600 + 150 = 750, broken 150 → 0.2; outstanding 250, expected redeemed 250 × 0.8 = 200.
    expect(estimateBreakage(ledger, { asOf: "2024-12-31" })).toEqual({
      redeemed: 600,
      broken: 150,
      outstanding: 250,
      breakageRate: 0.2,
      redemptionProbability: 0.8,
      expectedRedemptions: 200,
    });
  });

  it("counts lapsed points as broken", () => {
    const ledger = createLedger(
      {
        costPerPoint: 0.01,
        earn: { basis: "spend", rate: 1 },
        expiry: { kind: "fixed", after: { length: 1, unit: "year" } },
      },
      [
        { customerId: "a", timestamp: "2023-01-01", type: "accrual", points: 100 },
        { customerId: "b", timestamp: "2023-01-01", type: "accrual", points: 100 },
        { customerId: "b", timestamp: "2023-02-01", type: "redemption", points: 100 },
      ],
    );
    expect(estimateBreakage(ledger, { asOf: "2024-06-01" }).breakageRate).toBe(0.5);
  });

  it("is insufficient_data when nothing is settled", () => {
    const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }, [
      { customerId: "a", timestamp: "2023-01-01", type: "accrual", points: 100 },
    ]);
    expectClienteleError(() => estimateBreakage(ledger, { asOf: "2024-01-01" }), "insufficient_data");
  });
});
