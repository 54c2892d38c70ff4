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
});
