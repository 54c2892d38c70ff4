import { describe, expect, it } from "vitest";
import { accrue, balance, createLedger, redeem } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const program = {
  costPerPoint: 0.008,
  earn: { basis: "spend", rate: 1 },
  rewards: [{ rewardId: "voucher-10", points: 1000, cost: 8 }],
} as const;

describe("redeem", () => {
  const ledger = accrue(createLedger(program), { customerId: "m1", timestamp: "2024-01-10", points: 1500 });

  it("takes the reward's points and leaves the ledger given unchanged (the TSDoc example)", () => {
    const after = redeem(ledger, { customerId: "m1", timestamp: "2024-02-01", rewardId: "voucher-10" });
    expect(balance(after, { asOf: "2024-02-01" }).points).toBe(500);
    expect(after.events[1]).toMatchObject({ type: "redemption", points: 1000, rewardId: "voucher-10" });
    expect(ledger.events.length).toBe(1);
  });

  it("throws domain_error naming the balance when the points exceed it", () => {
    const after = redeem(ledger, { customerId: "m1", timestamp: "2024-02-01", rewardId: "voucher-10" });
    const e = expectClienteleError(
      () => redeem(after, { customerId: "m1", timestamp: "2024-02-02", rewardId: "voucher-10" }),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["redemption.points"]);
    expect(e.message).toMatchInlineSnapshot(`
      "redeem: the redemption of 1000 points exceeds member "m1"'s balance of 500 points at 2024-02-02T00:00:00.000Z
        ✖ 1000 points exceed the balance of 500 points at 2024-02-02T00:00:00.000Z → at redemption.points"
    `);
  });

  it("rejects a backdated redemption that would leave a recorded one uncovered, naming it", () => {
    const after = redeem(ledger, { customerId: "m1", timestamp: "2024-03-01", points: 1000 });
    const e = expectClienteleError(
      () => redeem(after, { customerId: "m1", timestamp: "2024-02-01", points: 1000 }),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["ledger.events[1].points"]);
    expect(e.message).toContain("balance of 500 points at 2024-03-01");
  });

  it("rejects an unknown reward, points that differ from the reward's, or no points", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => redeem(ledger, { customerId: "m1", timestamp: "2024-02-01", rewardId: "car" }),
          "invalid_input",
        ),
      ),
    ).toEqual(["redemption.rewardId"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => redeem(ledger, { customerId: "m1", timestamp: "2024-02-01", rewardId: "voucher-10", points: 900 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["redemption.points"]);
    expect(
      issuePaths(
        expectClienteleError(() => redeem(ledger, { customerId: "m1", timestamp: "2024-02-01" }), "invalid_input"),
      ),
    ).toEqual(["redemption.points"]);
  });

  it("rejects a ledger not made by createLedger", () => {
    const fake = { program: ledger.program, events: [] };
    expect(
      issuePaths(
        expectClienteleError(
          () => redeem(fake, { customerId: "m1", timestamp: "2024-02-01", points: 1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["ledger"]);
  });
});
