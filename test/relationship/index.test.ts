import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/relationship/index.ts";

describe("clientele/relationship facade", () => {
  it("exports the assessment, the configuration and the CRM job rule sets, also from the root", () => {
    for (const [name, value] of Object.entries(facade))
      expect((root as Record<string, unknown>)[name], name).toBe(value);
    expect(Object.keys(facade).sort()).toEqual([
      "RelationshipConfigSchema",
      "assessPortfolio",
      "assessRelationship",
      "complaintManagementRules",
      "createPortfolioAccumulator",
      "crmJobPrecedence",
      "crmJobRules",
      "defaultRelationshipConfig",
      "newCustomerRules",
      "parseRelationshipConfig",
      "retentionRules",
      "routeCrmJob",
      "switchingPreventionRules",
      "terminationJobRules",
      "winBackRules",
    ]);
  });
});
