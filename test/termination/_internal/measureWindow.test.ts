import { describe, expect, it } from "vitest";
import { measureWindow } from "../../../src/termination/_internal/measureWindow.ts";
import { createCostToServe } from "../../../src/value/createCostToServe.ts";
import { day, incident, interaction, rec, tx } from "../_terminationFixtures.ts";

describe("measureWindow", () => {
  const r = rec({
    transactions: [tx("2024-01-01", 100, 60), tx("2024-02-01", 50)],
    incidents: [incident("2024-01-01", "abuse", 2), incident("2024-03-01", "abuse", 1)],
    interactions: [interaction("2024-01-15", "call")],
  });
  it("sums (from, to]: the start is excluded, the end included; costs from costToServe", () => {
    const w = measureWindow(
      r,
      day("2024-01-01").getTime(),
      day("2024-03-01").getTime(),
      createCostToServe({ perInteraction: { call: 5 }, perIncidentStaffHour: 10 }),
      0.5,
    );
    // Excluded: the 2024-01-01 purchase and incident. Included: 2024-02-01 (50 × 0.5 margin), 2024-03-01 abuse (1 h), the call.
    expect(w).toEqual({
      purchases: 1,
      revenue: 50,
      grossMargin: 25,
      serviceCost: 15,
      staffHours: 1,
      abuseIncidents: 1,
    });
  });
  it("prices nothing without a cost-driver table", () => {
    expect(measureWindow(r, Number.NEGATIVE_INFINITY, day("2024-06-30").getTime(), null, 0.5).serviceCost).toBe(0);
  });
});
