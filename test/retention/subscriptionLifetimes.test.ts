import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/index.ts";
import { subscriptionLifetimes } from "../../src/retention/index.ts";

describe("subscriptionLifetimes", () => {
  it("measures start → end (churned) or start → asOf (censored) in calendar units; an end after asOf is censored", () => {
    const rows = [
      { customerId: "a", start: "2024-01-01", end: "2024-04-01" },
      { customerId: "b", start: "2024-02-01" },
      { customerId: "c", start: "2024-01-15", end: "2024-09-01" },
    ];
    expect(subscriptionLifetimes(rows, { asOf: "2024-07-01", unit: "month" })).toEqual([
      { duration: 3, churned: true },
      { duration: 5, churned: false },
      { duration: 5 + 16 / 30, churned: false },
    ]);
    expect(subscriptionLifetimes(rows.slice(0, 1), { asOf: "2024-07-01", unit: "day" })).toEqual([
      { duration: 91, churned: true },
    ]);
  });
  it("a start after asOf is invalid_input at its row", () => {
    try {
      subscriptionLifetimes([{ customerId: "a", start: "2024-08-01" }], { asOf: "2024-07-01", unit: "month" });
      expect.unreachable();
    } catch (e) {
      expect(isClienteleError(e, "invalid_input")).toBe(true);
      expect((e as { issues: { path: unknown }[] }).issues[0]!.path).toEqual(["subscriptions", 0, "start"]);
    }
  });
});
