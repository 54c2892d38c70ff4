import { describe, expect, it } from "vitest";
import { bondProfile, recommendRetentionLevers, retentionLeverRules } from "../../src/bonds/index.ts";
import { groupByCustomer, parseBondInstruments } from "../../src/customers/index.ts";
import { defineRule, extendRuleSet } from "../../src/rules/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, bond } from "./_bondFixtures.ts";

const points = bond("financial", "points-program");
const club = bond("social", "club");
const edi = bond("structural", "integrated-system");

describe("recommendRetentionLevers", () => {
  it("satisfied variety seeker with no bond: all three levers apply, each with its reason and evidence", () => {
    const r = recommendRetentionLevers([], { asOf, satisfaction: 0.9, varietySeeking: 0.8 });
    expect(r.levers).toEqual(["economic", "social", "technical"]);
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["variety-seeker-economic-lever", "warn"],
      ["variety-seeker-social-lever", "warn"],
      ["variety-seeker-technical-lever", "warn"],
    ]);
    expect(r.findings[0]!.evidence).toEqual({
      satisfaction: 0.9,
      varietySeeking: 0.8,
      highestLevel: null,
      counts: { financial: 0, social: 0, structural: 0 },
      stacked: true,
      bondStrength: 0,
    });
  });

  it("dissatisfied customer: correct the service first, no lever", () => {
    const r = recommendRetentionLevers([points], { asOf, satisfaction: 0.2, varietySeeking: 0.9 });
    expect(r.findings.map((f) => f.ruleId)).toEqual(["dissatisfied-fix-service-first"]);
    expect(r.findings[0]!.severity).toBe("correct");
    expect(r.findings[0]!.messageId).toBe("heldByBonds");
    expect(r.levers).toEqual([]);
  });

  it("already bonded customer: the next level up, or the missing lower levels", () => {
    const next = recommendRetentionLevers([points, club], { asOf, satisfaction: 0.8 });
    expect(next.findings.map((f) => [f.ruleId, f.data.lever])).toEqual([["bonded-next-level", "technical"]]);
    const gap = recommendRetentionLevers([edi], { asOf });
    expect(gap.findings.map((f) => [f.ruleId, f.data.missingLevel])).toEqual([
      ["bonded-add-missing-level", "financial"],
      ["bonded-add-missing-level", "social"],
    ]);
    expect(gap.levers).toEqual(["economic", "social"]);
    const full = recommendRetentionLevers([points, club, edi], { asOf, satisfaction: 0.9, varietySeeking: 0.1 });
    expect(full.findings).toEqual([]);
  });

  it("takes a profile, a record, or instruments alike", () => {
    const bonds = parseBondInstruments([
      { customerId: "c1", level: "financial", kind: "stamp-card", start: "2024-01-01" },
    ]);
    const [record] = groupByCustomer({ transactions: [], bonds });
    const a = recommendRetentionLevers(record!, { asOf: "2024-06-30", satisfaction: 0.9, varietySeeking: 0.8 });
    const b = recommendRetentionLevers(bondProfile(bonds, { asOf: "2024-06-30" }), {
      satisfaction: 0.9,
      varietySeeking: 0.8,
    });
    const c = recommendRetentionLevers(bonds, { asOf: "2024-06-30", satisfaction: 0.9, varietySeeking: 0.8 });
    expect(a.findings).toEqual(b.findings);
    expect(c.findings).toEqual(b.findings);
    expect(a.levers).toEqual(["social", "technical"]);
  });

  it("runs an extended set and a typed config", () => {
    const vip = defineRule({
      id: "acme/vip-concierge",
      meta: {
        description: "VIPs get a concierge",
        severity: "info",
        messages: { concierge: "offer the concierge line" },
      },
      defaultOptions: {},
      evaluate(facts: { profile: { strength: { score: number } } }, _o, report) {
        if (facts.profile.strength.score > 0.3)
          report("concierge", { lever: "social" }, { score: facts.profile.strength.score });
      },
    });
    const rules = extendRuleSet(retentionLeverRules, vip);
    const r = recommendRetentionLevers([points, club, edi], {
      asOf,
      rules,
      config: { "bonded-add-missing-level": "off" },
    });
    expect(r.findings.map((f) => f.ruleId)).toEqual(["acme/vip-concierge"]);
    expect(r.skipped).toEqual(["bonded-add-missing-level"]);
    expect(r.levers).toEqual(["social"]);
  });

  it("rejects scores outside [0, 1], a missing asOf for a record, and profiling options with a profile", () => {
    const e = expectClienteleError(
      () => recommendRetentionLevers([], { asOf, satisfaction: 7, varietySeeking: Number.NaN }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.satisfaction", "options.varietySeeking"]);
    expect(issuePaths(expectClienteleError(() => recommendRetentionLevers([points], {}), "invalid_input"))).toEqual([
      "options.asOf",
    ]);
    const p = bondProfile([points], { asOf });
    expect(issuePaths(expectClienteleError(() => recommendRetentionLevers(p, { asOf }), "invalid_input"))).toEqual([
      "options.asOf",
    ]);
    expectClienteleError(
      () => recommendRetentionLevers([], { asOf, config: { "no-such-rule": "off" } as never }),
      "unknown_rule",
    );
    expectClienteleError(
      () => recommendRetentionLevers({ strength: {}, counts: { financial: -1 } } as never, {}),
      "invalid_input",
    );
  });

  it("does not mutate the profile or the instruments", () => {
    const list = [points, club];
    const copy = structuredClone(list);
    const p = bondProfile(list, { asOf });
    const pCopy = structuredClone(p);
    recommendRetentionLevers(p, { satisfaction: 0.9, varietySeeking: 0.9 });
    recommendRetentionLevers(list, { asOf, satisfaction: 0.9, varietySeeking: 0.9 });
    expect(list).toEqual(copy);
    expect(p).toEqual(pCopy);
  });
});
