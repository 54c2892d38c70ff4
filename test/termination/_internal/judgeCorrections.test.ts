import { describe, expect, it } from "vitest";
import { judgeCorrections, round2 } from "../../../src/termination/_internal/judgeCorrections.ts";
import { factsOf, incident, interaction, rec, tx } from "../_terminationFixtures.ts";

const thresholds = { reviewDays: 90, abuseIncidentsAfter: 1, staffHoursAfter: 10 };

describe("judgeCorrections", () => {
  it("judges each correction on its own period: failed, held, pending", () => {
    const f = factsOf(
      rec({
        interactions: [
          interaction("2023-10-01", "correction-offered", "conduct-agreement"),
          interaction("2024-01-01", "correction-offered", "service-level-limit"),
          interaction("2024-05-01", "correction-offered", "price-adjustment"),
        ],
        incidents: [incident("2023-11-01", "abuse")],
        transactions: [tx("2024-02-01", 100, 50)],
      }),
    );
    const v = judgeCorrections(f, thresholds);
    expect(v.map((c) => [c.lever, c.verdict])).toEqual([
      ["conduct-agreement", "failed"],
      ["service-level-limit", "held"],
      ["price-adjustment", "pending"],
    ]);
    expect(v[0]?.reasons).toEqual(["1 abusive incident(s) after it"]);
    expect(v[1]?.netContribution).toBe(50);
    expect(v[2]?.days).toBe(60);
  });
  it("rounds money for messages", () => {
    expect(round2(-71.996)).toBe(-72);
  });
});
