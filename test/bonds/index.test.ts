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
    expect(root.bondLevelTable).toBe(facade.bondLevelTable);
    expect(root.bondProfile).toBe(facade.bondProfile);
    expect(root.defaultBondWeights).toBe(facade.defaultBondWeights);
    expect(root.defineBondKinds).toBe(facade.defineBondKinds);
    expect(root.recommendRetentionLevers).toBe(facade.recommendRetentionLevers);
    expect(root.retentionLeverRules).toBe(facade.retentionLeverRules);
    expect(root.switchingCost).toBe(facade.switchingCost);
    expect(root.switchingCostFacets).toBe(facade.switchingCostFacets);
    expect(typeof facade.bondProfile).toBe("function");
  });
});
