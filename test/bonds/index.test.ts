import { describe, expect, it } from "vitest";
import * as facade from "../../src/bonds/index.ts";
import * as customers from "../../src/customers/index.ts";
import * as root from "../../src/index.ts";

describe("clientele/bonds facade", () => {
  it("re-exports the bond instrument of clientele/customers as the same values", () => {
    expect(facade.BondInstrumentSchema).toBe(customers.BondInstrumentSchema);
    expect(facade.BondLevelSchema).toBe(customers.BondLevelSchema);
    expect(facade.builtInBondKinds).toBe(customers.builtInBondKinds);
    expect(facade.parseBondInstruments).toBe(customers.parseBondInstruments);
  });
  it("exports the bonds API, also from the root", () => {
    const names = [
      "bondLevelTable",
      "bondProfile",
      "defaultBondWeights",
      "defineBondKinds",
      "recommendRetentionLevers",
      "retentionLeverRules",
      "switchingCost",
      "switchingCostFacets",
    ] as const;
    for (const name of names) {
      expect(facade[name], name).toBeDefined();
      expect((root as Record<string, unknown>)[name], name).toBe(facade[name]);
    }
  });
});
