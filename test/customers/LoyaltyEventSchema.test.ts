import { describe, expect, it } from "vitest";
import { LoyaltyEventSchema, LoyaltyEventTypeSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("LoyaltyEventSchema", () => {
  const accrual = { customerId: "m1", timestamp: "2024-03-01", type: "accrual", points: 120 } as const;
  it("parses the three event types", () => {
    for (const type of ["accrual", "redemption", "expiry"] as const) {
      expect(parseInput("f", LoyaltyEventSchema, { ...accrual, type }).type).toBe(type);
    }
    expectClienteleError(() => parseInput("f", LoyaltyEventTypeSchema, "transfer"), "invalid_input");
  });
  it("rejects negative or zero points", () => {
    for (const points of [-5, 0, Number.NaN]) {
      expect(
        issuePaths(
          expectClienteleError(() => parseInput("f", LoyaltyEventSchema, { ...accrual, points }), "invalid_input"),
        ),
      ).toEqual(["points"]);
    }
  });
  it("rejects a lot that expires before it was earned", () => {
    const e = expectClienteleError(
      () => parseInput("f", LoyaltyEventSchema, { ...accrual, expiresAt: "2024-02-28" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["expiresAt"]);
    expect(parseInput("f", LoyaltyEventSchema, { ...accrual, expiresAt: "2026-03-01" }).expiresAt).toEqual(
      new Date("2026-03-01T00:00:00Z"),
    );
  });
  it("keeps accrual-only and redemption-only fields on their own types", () => {
    const e = expectClienteleError(
      () => parseInput("f", LoyaltyEventSchema, { ...accrual, type: "expiry", qualifyingCredits: 3, rewardId: "mug" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["qualifyingCredits", "rewardId"]);
    expect(e.issues[0]?.message).toContain("no qualifyingCredits on an expiry");
    const r = parseInput("f", LoyaltyEventSchema, { ...accrual, type: "redemption", rewardId: "mug" });
    expect(r.rewardId).toBe("mug");
  });
});
