import { describe, expect, it } from "vitest";
import * as customers from "../../src/customers/index.ts";
import * as facade from "../../src/loyalty/index.ts";

describe("clientele/loyalty facade", () => {
  it("re-exports the ledger event of clientele/customers as the same values", () => {
    expect(facade.LoyaltyEventSchema).toBe(customers.LoyaltyEventSchema);
    expect(facade.LoyaltyEventTypeSchema).toBe(customers.LoyaltyEventTypeSchema);
    expect(facade.parseLoyaltyEvents).toBe(customers.parseLoyaltyEvents);
  });
});
