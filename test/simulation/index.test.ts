import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/simulation/index.ts";

describe("clientele/simulation facade", () => {
  it("exports the relationship-data simulator, also from the root", () => {
    expect(root.simulateRelationshipEvents).toBe(facade.simulateRelationshipEvents);
    expect(root.mergeSimulatedEvents).toBe(facade.mergeSimulatedEvents);
    expect(root.simulateCustomerRecords).toBe(facade.simulateCustomerRecords);
    expect(root.defaultRelationshipEventRates).toBe(facade.defaultRelationshipEventRates);
    expect(root.SimulateRelationshipEventsOptionsSchema).toBe(facade.SimulateRelationshipEventsOptionsSchema);
    expect(root.simulatedSurveyMapping).toBe(facade.simulatedSurveyMapping);
    expect(root.simulatedChainSurveyMapping).toBe(facade.simulatedChainSurveyMapping);
    expect(typeof facade.simulateRelationshipEvents).toBe("function");
  });
});
