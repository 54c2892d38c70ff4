import { describe, expect, it } from "vitest";
import * as customers from "../../src/customers/index.ts";
import * as root from "../../src/index.ts";
import * as facade from "../../src/loyalty/index.ts";

describe("clientele/loyalty facade", () => {
  it("re-exports the ledger event of clientele/customers as the same values", () => {
    expect(facade.LoyaltyEventSchema).toBe(customers.LoyaltyEventSchema);
    expect(facade.LoyaltyEventTypeSchema).toBe(customers.LoyaltyEventTypeSchema);
    expect(facade.parseLoyaltyEvents).toBe(customers.parseLoyaltyEvents);
  });

  it("exports the program, ledger, economics and offers, also from the root", () => {
    const names = [
      "LoyaltyProgramSchema",
      "parseLoyaltyProgram",
      "createLedger",
      "accrue",
      "redeem",
      "expire",
      "balance",
      "tierStatus",
      "ledgerStates",
      "accrueTransactions",
      "programEconomics",
      "estimateBreakage",
      "coBrandedCardOffer",
      "tradeInOffer",
      "buyBackLeaseOffer",
    ] as const;
    const loyalty: Record<string, unknown> = { ...facade };
    const all: Record<string, unknown> = { ...root };
    for (const name of names) {
      expect(loyalty[name], name).toBeDefined();
      expect(all[name], name).toBe(loyalty[name]);
    }
  });
});
