import { describe, expect, it } from "vitest";
import { balance, createLedger, expire } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("expire", () => {
  it("records a fixed-term lot's lapse at its expiry (the TSDoc example)", () => {
    const ledger = createLedger(
      {
        costPerPoint: 0.01,
        earn: { basis: "spend", rate: 1 },
        expiry: { kind: "fixed", after: { length: 12, unit: "month" } },
      },
      [{ customerId: "m1", timestamp: "2024-01-15", type: "accrual", points: 400 }],
    );
    const later = expire(ledger, { asOf: "2025-06-30" });
    expect(later.events[1]?.points).toBe(400);
    expect(later.events[1]?.timestamp.toISOString()).toBe("2025-01-15T00:00:00.000Z");
    expect(balance(later, { asOf: "2025-06-30" }).expired).toBe(400);
    expect(expire(ledger, { asOf: "2025-01-14T23:59:59Z" }).events.length).toBe(1);
  });

  it("expires every lot of an inactive member together under a rolling rule, and activity resets the clock", () => {
    // Rolling 90 days. m1: 100 on 01-01, 50 on 03-01, then nothing: all 150 lapse 90 days after 03-01 (05-30).
    // m2: 80 on 01-01, redeems 10 on 03-15 (activity): the 70 lapse 90 days later, on 06-13.
    const ledger = createLedger(
      {
        costPerPoint: 0.01,
        earn: { basis: "spend", rate: 1 },
        expiry: { kind: "rolling", after: { length: 90, unit: "day" } },
      },
      [
        { customerId: "m1", timestamp: "2024-01-01", type: "accrual", points: 100 },
        { customerId: "m1", timestamp: "2024-03-01", type: "accrual", points: 50 },
        { customerId: "m2", timestamp: "2024-01-01", type: "accrual", points: 80 },
        { customerId: "m2", timestamp: "2024-03-15", type: "redemption", points: 10 },
      ],
    );
    expect(balance(ledger, { asOf: "2024-05-29", customerId: "m1" }).nextExpiry).toEqual({
      at: new Date("2024-05-30"),
      points: 150,
    });
    const closed = expire(ledger, { asOf: "2024-12-31" });
    expect(closed.events.slice(4).map((e) => [e.customerId, e.timestamp.toISOString().slice(0, 10), e.points])).toEqual(
      [
        ["m1", "2024-05-30", 150],
        ["m2", "2024-06-13", 70],
      ],
    );
  });

  it("requires asOf", () => {
    const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } });
    // @ts-expect-error asOf is required
    expect(issuePaths(expectClienteleError(() => expire(ledger, {}), "invalid_input"))).toEqual(["options.asOf"]);
  });
});
