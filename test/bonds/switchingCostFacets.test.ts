import { describe, expect, it } from "vitest";
import { switchingCostFacets } from "../../src/bonds/index.ts";

describe("switchingCostFacets", () => {
  it("holds Burnham, Frels & Mahajan's (2003) typology: 3 types, 8 facets, in order", () => {
    const byType = (t: string) =>
      Object.entries(switchingCostFacets)
        .filter(([, d]) => d.type === t)
        .map(([f]) => f);
    expect(byType("procedural")).toEqual(["economicRisk", "evaluation", "learning", "setup"]);
    expect(byType("financial")).toEqual(["benefitLoss", "monetaryLoss"]);
    expect(byType("relational")).toEqual(["personalRelationshipLoss", "brandRelationshipLoss"]);
    expect(Object.keys(switchingCostFacets)).toHaveLength(8);
    for (const d of Object.values(switchingCostFacets)) expect(d.covers.length).toBeGreaterThan(20);
    expect(Object.isFrozen(switchingCostFacets)).toBe(true);
  });
});
