import { describe, expect, it } from "vitest";
import * as facade from "../../src/accounts/index.ts";
import * as root from "../../src/index.ts";

describe("clientele/accounts facade", () => {
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
      "relationshipMarkets",
      "stakeholderCoverage",
      "basketAffinities",
      "nextComplementaryProduct",
      "complementaryProducts",
    ] as const;
    for (const name of names) {
      expect(typeof facade[name], name).not.toBe("undefined");
      expect((root as Record<string, unknown>)[name], name).toBe(facade[name]);
    }
  });
});
