import { describe, expect, it } from "vitest";
import { stakeholderCoverage } from "../../src/accounts/index.ts";
import { plan } from "./_planFixtures.ts";

describe("stakeholderCoverage", () => {
  it("counts stakeholders and objectives per market and lists the markets the plan leaves out", () => {
    const c = stakeholderCoverage(plan.stakeholders ?? []);
    expect(c.markets[0]).toEqual({ market: "customer", stakeholders: ["buyer"], objectives: 1 });
    expect(c.markets[2]).toEqual({ market: "supplier-alliance", stakeholders: ["logistics"], objectives: 1 });
    expect(c.uncovered).toEqual(["referral", "recruitment", "influence", "internal"]);
  });
  it("a stakeholder without objectives does not cover its market", () => {
    expect(stakeholderCoverage([{ stakeholderId: "hr", market: "recruitment", objectives: [] }]).uncovered).toContain(
      "recruitment",
    );
  });
});
