import { describe, expect, it } from "vitest";
import { lifecycleStage, lifecycleStagePrecedence } from "../../src/lifecycle/index.ts";
import { createSwitchingRiskAssessor } from "../../src/retention/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, complaint, day, incident, interaction, rec, tx } from "../termination/_terminationFixtures.ts";

const stageOf = (r: ReturnType<typeof rec>, options = {}) => lifecycleStage(r, { asOf, ...options });
const steady = [tx("2023-09-01", 40), tx("2024-01-01", 40), tx("2024-05-01", 40)];

describe("lifecycleStage", () => {
  it("documents its precedence", () => {
    expect(lifecycleStagePrecedence).toEqual([
      "terminated",
      "complaining",
      "lapsed",
      "won-back",
      "new",
      "at-risk",
      "active",
    ]);
  });

  it("active: bought 60 days ago, first purchase 303 days ago, steady gaps (hand check: 2024-05-01 → 2024-06-30 = 60 days)", () => {
    const s = stageOf(rec({ transactions: steady }));
    expect(s.stage).toBe("active");
    expect(s.reasons).toEqual([
      {
        stage: "active",
        message: "last purchase 60 days ago (active within 365)",
        evidence: { daysSinceLastPurchase: 60, lastPurchaseAt: day("2024-05-01"), lapsedAfterDays: 365 },
      },
    ]);
  });

  it("new: first purchase 60 days ago (new for 90 days); with newWithinDays 59 it is only active", () => {
    const r = rec({ transactions: [tx("2024-05-01", 40)] });
    const s = stageOf(r);
    expect(s.stage).toBe("new");
    expect(s.reasons.map((x) => x.stage)).toEqual(["new", "active"]);
    expect(s.reasons[0]?.evidence).toEqual({
      firstPurchaseAt: day("2024-05-01"),
      daysSinceFirst: 60,
      newWithinDays: 90,
    });
    expect(stageOf(r, { newWithinDays: 59 }).stage).toBe("active");
  });

  it("lapsed: no purchase for 426 days (2023-05-01 → 2024-06-30), more than 365", () => {
    const s = stageOf(rec({ transactions: [tx("2023-01-01", 40), tx("2023-05-01", 40)] }));
    expect(s.stage).toBe("lapsed");
    expect(s.reasons[0]?.message).toBe("no purchase for 426 days (lapsed after 365)");
    expect(stageOf(rec({ transactions: [tx("2023-05-01", 40)] }), { lapsedAfterDays: 426 }).stage).not.toBe("lapsed");
  });

  it("won-back: a purchase 60 days ago after a 792-day gap; after wonBackWithinDays it is only active", () => {
    const r = rec({ transactions: [tx("2022-03-01", 40), tx("2024-05-01", 55)] });
    const s = stageOf(r);
    expect(s.stage).toBe("won-back");
    expect(s.reasons[0]).toEqual({
      stage: "won-back",
      message: "bought again 60 days ago after 792 days without a purchase (lapsed after 365)",
      evidence: { returnedAt: day("2024-05-01"), gapDays: 792, lapsedAfterDays: 365, wonBackWithinDays: 180 },
    });
    expect(stageOf(r, { wonBackWithinDays: 59 }).stage).toBe("active");
  });

  it("complaining: an unresolved complaint comes before new; one resolved after asOf is still open at asOf", () => {
    const r = rec({ transactions: [tx("2024-05-01", 40)], complaints: [complaint("2024-05-20", "unresolved")] });
    expect(stageOf(r).stage).toBe("complaining");
    expect(
      stageOf(r)
        .reasons.map((x) => x.stage)
        .slice(0, 2),
    ).toEqual(["complaining", "new"]);
    const later = rec({ transactions: steady, complaints: [complaint("2024-06-01", "resolved", "2024-07-05")] });
    expect(stageOf(later).stage).toBe("complaining");
    const done = rec({ transactions: steady, complaints: [complaint("2024-06-01", "resolved", "2024-06-05")] });
    expect(stageOf(done).stage).toBe("active");
  });

  it("terminated: an interaction of kind relationship-terminated with no purchase after it (configurable kind)", () => {
    const r = rec({ transactions: steady, interactions: [interaction("2024-05-15", "relationship-terminated")] });
    const s = stageOf(r);
    expect(s.stage).toBe("terminated");
    expect(s.reasons[0]?.message).toBe(
      'the relationship was ended on 2024-05-15 (interaction "relationship-terminated") and no purchase followed',
    );
    // A purchase after the marker resumes the relationship.
    const resumed = rec({ transactions: steady, interactions: [interaction("2024-04-15", "relationship-terminated")] });
    expect(stageOf(resumed).stage).toBe("active");
    // Another marker kind, and a marker after asOf, do not count.
    const custom = rec({ transactions: steady, interactions: [interaction("2024-05-15", "closed")] });
    expect(stageOf(custom).stage).toBe("active");
    expect(stageOf(custom, { terminationKind: "closed" }).stage).toBe("terminated");
    expect(
      stageOf(rec({ transactions: steady, interactions: [interaction("2024-07-15", "relationship-terminated")] }))
        .stage,
    ).toBe("active");
  });

  it("at-risk: a competitor offer noted in the interactions gives a medium switching risk (clientele/retention)", () => {
    const r = rec({ transactions: steady, interactions: [interaction("2024-06-10", "competitor-offer")] });
    const s = stageOf(r);
    expect(s.stage).toBe("at-risk");
    expect(s.reasons[0]?.evidence).toMatchObject({ level: "medium", atRiskLevel: "medium" });
    expect(s.reasons[0]!.evidence.firedRules as string[]).toContain("competitor-offer");
    expect(stageOf(r, { atRiskLevel: "high" }).stage).toBe("active");
    // Through the switching-risk config: the rule switched off.
    expect(stageOf(r, { switchingRisk: { config: { "competitor-offer": "off" } } }).stage).toBe("active");
    // A prepared assessor gives the same placement.
    expect(stageOf(r, { switchingRisk: createSwitchingRiskAssessor({ asOf }) })).toEqual(s);
  });

  it("a customer who never bought: new while the record is young, lapsed after newWithinDays", () => {
    const young = rec({ interactions: [interaction("2024-06-01", "newsletter")] });
    expect(stageOf(young).stage).toBe("new");
    const old = rec({ interactions: [interaction("2024-01-01", "newsletter")] });
    expect(stageOf(old).stage).toBe("lapsed");
    expect(stageOf(old).reasons[0]?.message).toBe(
      "no purchase since the record started 181 days ago (new for 90 days)",
    );
  });

  it("rejects bad input with invalid_input and paths; never defaults the date", () => {
    const r = rec({ transactions: steady });
    expect(issuePaths(expectClienteleError(() => lifecycleStage(r, { asOf: "2023-08-31" }), "invalid_input"))).toEqual([
      "options.asOf",
    ]);
    expect(issuePaths(expectClienteleError(() => lifecycleStage(r, {} as never), "invalid_input"))).toEqual([
      "options.asOf",
    ]);
    const neg = rec({ transactions: steady, incidents: [incident("2024-01-01", "abuse", -1)] });
    expect(issuePaths(expectClienteleError(() => lifecycleStage(neg, { asOf }), "invalid_input"))).toEqual([
      "record.incidents[0].staffHours",
    ]);
    const bad = expectClienteleError(
      () =>
        lifecycleStage(r, {
          asOf,
          newWithinDays: 0,
          lapsedAfterDays: 1.5,
          wonBackWithinDays: -3,
          atRiskLevel: "low" as never,
        }),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual([
      "options.newWithinDays",
      "options.lapsedAfterDays",
      "options.wonBackWithinDays",
      "options.atRiskLevel",
    ]);
    const other = createSwitchingRiskAssessor({ asOf: "2024-01-01" });
    expect(
      issuePaths(expectClienteleError(() => lifecycleStage(r, { asOf, switchingRisk: other }), "invalid_input")),
    ).toEqual(["options.switchingRisk.asOf"]);
  });

  it("does not mutate the record and is deterministic", () => {
    const r = rec({ transactions: steady, complaints: [complaint("2024-05-20", "unresolved")] });
    const before = structuredClone(r);
    expect(stageOf(r)).toEqual(stageOf(r));
    expect(r).toEqual(before);
  });
});
