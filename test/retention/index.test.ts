import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/retention/index.ts";

describe("clientele/retention facade", () => {
  it("exports the switching-risk API, also from the root", () => {
    expect(root.switchingRiskRules).toBe(facade.switchingRiskRules);
    expect(root.assessSwitchingRisk).toBe(facade.assessSwitchingRisk);
    expect(root.createSwitchingRiskAssessor).toBe(facade.createSwitchingRiskAssessor);
    expect(root.defaultSwitchingRiskLevels).toBe(facade.defaultSwitchingRiskLevels);
    expect(typeof facade.assessSwitchingRisk).toBe("function");
  });
  it("exports the retention measures under names of their own (the sBG survivalCurve stays clv's)", () => {
    expect(root.cohortRetentionTable).toBe(facade.cohortRetentionTable);
    expect(root.kaplanMeierSurvival).toBe(facade.kaplanMeierSurvival);
    expect(root.subscriptionLifetimes).toBe(facade.subscriptionLifetimes);
    expect(root.fitCohortRetention).toBe(facade.fitCohortRetention);
    expect(root.SubscriptionSchema).toBe(facade.SubscriptionSchema);
    expect(Object.keys(facade).sort()).toEqual([
      "SubscriptionSchema",
      "assessSwitchingRisk",
      "cohortRetentionTable",
      "createSwitchingRiskAssessor",
      "defaultSwitchingRiskLevels",
      "fitCohortRetention",
      "kaplanMeierSurvival",
      "subscriptionLifetimes",
      "switchingRiskRules",
    ]);
  });
});
