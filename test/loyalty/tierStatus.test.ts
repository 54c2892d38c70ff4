import { describe, expect, it } from "vitest";
import { createLedger, tierStatus } from "../../src/loyalty/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("tierStatus", () => {
  const program = {
    costPerPoint: 0.01,
    earn: { basis: "spend", rate: 1 },
    tiers: {
      window: { length: 6, unit: "month" },
      ladder: [{ name: "Silver", threshold: 1000, retainThreshold: 800 }],
    },
  } as const;
  const ledger = createLedger(program, [
    { customerId: "m1", timestamp: "2024-01-10", type: "accrual", points: 600 },
    { customerId: "m1", timestamp: "2024-03-10", type: "accrual", points: 500 },
    { customerId: "m1", timestamp: "2024-08-10", type: "accrual", points: 300 },
  ]);

  it("promotes on reaching the threshold and demotes at the review (the TSDoc example)", () => {
    // 600 + 500 = 1100 ≥ 1000 on 03-10, review 09-10. On 08-10 the window (02-10, 08-10] holds
    // 500 + 300 = 800: no requalification. Review 09-10 over (03-10, 09-10]: 300 < 800 → demoted.
    expect(tierStatus(ledger, { asOf: "2024-06-30" })).toMatchObject({ tier: "Silver", since: new Date("2024-03-10") });
    expect(tierStatus(ledger, { asOf: "2024-09-10" }).tier).toBeUndefined();
    expect(tierStatus(ledger, { asOf: "2024-09-09T23:59:59Z" }).tier).toBe("Silver");
  });

  it("retains a tier whose retain threshold is met at the review, soft-landing below the threshold", () => {
    // 500 more on 09-10 itself: the window (03-10, 09-10] holds 300 + 500 = 800 < 1000 (no
    // requalification; 03-10 is the excluded start), and at the 09-10 review 800 ≥ 800: retained.
    const kept = createLedger(program, [
      ...ledger.events,
      { customerId: "m1", timestamp: "2024-09-10", type: "accrual", points: 500 },
    ]);
    const s = tierStatus(kept, { asOf: "2024-09-10" });
    expect(s.tier).toBe("Silver");
    expect(s.history.map((h) => [h.change, h.credits])).toEqual([
      ["promotion", 1100],
      ["retention", 800],
    ]);
    expect(s.reviewAt).toEqual(new Date("2025-03-10"));
  });

  it("is domain_error when the program has no tiers", () => {
    const plain = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } });
    expect(
      expectClienteleError(() => tierStatus(plain, { asOf: "2024-01-01", customerId: "x" }), "domain_error").message,
    ).toBe("tierStatus: the program defines no tiers");
  });
});
