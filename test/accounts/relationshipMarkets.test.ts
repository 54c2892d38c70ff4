import { describe, expect, it } from "vitest";
import { relationshipMarketScope, relationshipMarkets } from "../../src/accounts/index.ts";

describe("relationshipMarkets", () => {
  it("names the six markets of Christopher, Payne & Ballantyne (1991), supplier markets extended to alliances", () => {
    expect(relationshipMarkets).toEqual([
      "customer",
      "referral",
      "supplier-alliance",
      "recruitment",
      "influence",
      "internal",
    ]);
  });
  it("describes every market", () => {
    expect(Object.keys(relationshipMarketScope).sort()).toEqual([...relationshipMarkets].sort());
    for (const m of relationshipMarkets) expect(relationshipMarketScope[m].name).toMatch(/markets$/);
  });
});
