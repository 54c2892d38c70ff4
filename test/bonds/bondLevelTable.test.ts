import { describe, expect, it } from "vitest";
import { bondLevelTable } from "../../src/bonds/index.ts";

describe("bondLevelTable", () => {
  // NOTE: cells as printed in Berry (1995) Table 1 (after Berry & Parasuraman 1991, ch. 8); see the report
  // of issue 10 for what was checked against which copy.
  it("encodes Berry (1995) Table 1 'Levels of relationship marketing', row by row", () => {
    expect(bondLevelTable.rows).toEqual([
      {
        rank: 1,
        level: "financial",
        typeOfBond: ["financial"],
        marketingOrientation: "customer",
        degreeOfServiceCustomization: "low",
        mainMarketingMixElement: "price",
        potentialForSustainedCompetitiveDifferentiation: "low",
      },
      {
        rank: 2,
        level: "social",
        typeOfBond: ["financial", "social"],
        marketingOrientation: "client",
        degreeOfServiceCustomization: "medium",
        mainMarketingMixElement: "personal communications",
        potentialForSustainedCompetitiveDifferentiation: "medium",
      },
      {
        rank: 3,
        level: "structural",
        typeOfBond: ["financial", "social", "structural"],
        marketingOrientation: "client",
        degreeOfServiceCustomization: "medium to high",
        mainMarketingMixElement: "service delivery",
        potentialForSustainedCompetitiveDifferentiation: "high",
      },
    ]);
  });
  it("stacks the levels: each row's type of bond is the previous row's plus its own level", () => {
    const [one, two, three] = bondLevelTable.rows;
    expect(two.typeOfBond).toEqual([...one.typeOfBond, "social"]);
    expect(three.typeOfBond).toEqual([...two.typeOfBond, "structural"]);
  });
  it("cites Berry (1995), JAMS 23(4), Table 1, after Berry & Parasuraman (1991)", () => {
    expect(bondLevelTable.source.citation).toContain("Journal of the Academy of Marketing Science 23(4)");
    expect(bondLevelTable.source.table).toBe("Table 1");
    expect(bondLevelTable.source.after).toContain("Berry, L. L. & Parasuraman, A. (1991)");
    expect(bondLevelTable.source.doi).toBe("10.1177/009207039502300402");
  });
  it("is frozen, rows and cells included", () => {
    expect(Object.isFrozen(bondLevelTable)).toBe(true);
    expect(Object.isFrozen(bondLevelTable.rows)).toBe(true);
    for (const row of bondLevelTable.rows) {
      expect(Object.isFrozen(row)).toBe(true);
      expect(Object.isFrozen(row.typeOfBond)).toBe(true);
    }
  });
});
