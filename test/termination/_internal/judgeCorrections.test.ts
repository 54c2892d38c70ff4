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

describe("judgeCorrections by lever", () => {
  it("judges a conduct agreement on behaviour only and a price adjustment on economics only", () => {
    // After 2024-01-01: a loss-making sale (50 at cost 60) and an abusive incident, 181 days to asOf.
    const after = { transactions: [tx("2024-02-01", 50, 60)], incidents: [incident("2024-03-01", "abuse")] };
    const verdict = (lever: string) =>
      judgeCorrections(
        factsOf(rec({ ...after, interactions: [interaction("2024-01-01", "correction-offered", lever)] })),
        thresholds,
      )[0]!;
    expect(verdict("conduct-agreement").reasons).toEqual(["1 abusive incident(s) after it"]);
    expect(verdict("price-adjustment").reasons).toEqual(["net contribution -10 after it"]);
    expect(verdict("service-level-limit").reasons).toEqual(["net contribution -10 after it"]);
    expect(verdict("acme/coupon").reasons).toEqual(["1 abusive incident(s) after it", "net contribution -10 after it"]);
  });
});
