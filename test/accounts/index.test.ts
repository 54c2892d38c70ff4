import { describe, expect, it } from "vitest";
import * as facade from "../../src/accounts/index.ts";
import * as root from "../../src/index.ts";

describe("clientele/accounts facade", () => {
  it("exports the six markets and the default weights and thresholds as values", () => {
    expect(facade.relationshipMarkets).toHaveLength(6);
    expect(root.defaultScreeningWeights).toBe(facade.defaultScreeningWeights);
    expect(root.defaultHealthThresholds).toBe(facade.defaultHealthThresholds);
  });
  it("exports the key-account API, also from the root", () => {
    const names = [
      "screenKeyAccounts",
      "defineAccountTeam",
      "createAssignmentBook",
      "assignKeyAccount",
      "unassignKeyAccount",
      "assignmentsAsOf",
      "managerWorkload",
      "parseAccountPlan",
      "planProgress",
      "accountHealthSeries",
      "detectHealthChanges",
      "stakeholderCoverage",
      "basketAffinities",
      "nextComplementaryProduct",
      "complementaryProducts",
    ] as const;
    const exported = new Map(Object.entries(facade));
    const fromRoot = new Map(Object.entries(root));
    for (const name of [...names, "healthObservationsFromRecord"]) {
      expect(typeof exported.get(name), name).toBe("function");
      expect(fromRoot.get(name), name).toBe(exported.get(name));
    }
  });
});
