import { describe, expect, it } from "vitest";
import { bondLevelTable, defaultBondWeights } from "../../src/bonds/index.ts";

describe("defaultBondWeights", () => {
  it("ranks the levels 1, 2, 3 as Berry's differentiation potential low, medium, high, and is frozen", () => {
    expect(defaultBondWeights).toEqual({ financial: 1, social: 2, structural: 3 });
    const rank = { low: 1, medium: 2, high: 3 } as const;
    for (const row of bondLevelTable.rows) {
      expect(defaultBondWeights[row.level]).toBe(rank[row.potentialForSustainedCompetitiveDifferentiation]);
    }
    expect(Object.isFrozen(defaultBondWeights)).toBe(true);
  });
});
