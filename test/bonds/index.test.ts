import { describe, expect, it } from "vitest";
import * as facade from "../../src/bonds/index.ts";
import * as customers from "../../src/customers/index.ts";

describe("clientele/bonds facade", () => {
  it("re-exports the bond instrument of clientele/customers as the same values", () => {
    expect(facade.BondInstrumentSchema).toBe(customers.BondInstrumentSchema);
    expect(facade.BondLevelSchema).toBe(customers.BondLevelSchema);
    expect(facade.builtInBondKinds).toBe(customers.builtInBondKinds);
    expect(facade.parseBondInstruments).toBe(customers.parseBondInstruments);
  });
});
