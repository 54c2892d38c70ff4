import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/index.ts";
import {
  assessSwitchingRisk,
  createSwitchingRiskAssessor,
  defaultSwitchingRiskLevels,
  type SwitchingRiskFacts,
  switchingRiskRules,
} from "../../src/retention/index.ts";
import { definePlugin, defineRule, extendRuleSet, parseRuleConfig, type RuleSetConfig } from "../../src/rules/index.ts";
import { at, cdnowBgNbd, complaint, interaction, record, survey, tx } from "./_riskFixtures.ts";

const every30 = [tx("2024-01-01"), tx("2024-01-31"), tx("2024-03-01"), tx("2024-03-31")];
const asOf = "2024-06-30";

function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isClienteleError(error)) return error;
    throw error;
  }
  throw new Error("expected a ClienteleError");
}

describe("assessSwitchingRisk: levels", () => {
  it("no sign: low, score 0, every rule evaluated", () => {
    const r = assessSwitchingRisk(record({ transactions: every30 }), { asOf: "2024-04-15" });
    expect(r).toMatchObject({ customerId: "c", level: "low", score: 0, findings: [], firedRules: [] });
    expect(r.evaluated).toEqual(switchingRiskRules.order);
    expect(r.asOf).toEqual(at("2024-04-15"));
    expect(r.levels).toEqual(defaultSwitchingRiskLevels);
  });
  it("one warn (a competitor offer): medium, score 1", () => {
    const r = assessSwitchingRisk(record({ interactions: [interaction("2024-06-10")] }), { asOf });
    expect([r.level, r.score, r.firedRules]).toEqual(["medium", 1, ["competitor-offer"]]);
  });
  it("a rule counts once however many findings: two open complaints score 2 (medium)", () => {
    const r = assessSwitchingRisk(record({ complaints: [complaint("2024-05-02"), complaint("2024-06-01")] }), { asOf });
    expect(r.findings).toHaveLength(2);
    expect([r.level, r.score, r.firedRules]).toEqual(["medium", 2, ["complaint-unresolved"]]);
  });
  it("an open complaint (correct, 2) and a competitor offer (warn, 1): 3, high", () => {
    const r = assessSwitchingRisk(
      record({ complaints: [complaint("2024-05-02")], interactions: [interaction("2024-06-10")] }),
      { asOf },
    );
    expect([r.level, r.score]).toEqual(["high", 3]);
    expect(r.findings.map((f) => f.severity)).toEqual(["correct", "warn"]);
  });
  it("gap, P(alive) and competitor: three warns, high; configurable thresholds move the level", () => {
    const rec = record({ transactions: every30, interactions: [interaction("2024-06-10")] });
    const r = assessSwitchingRisk(rec, { asOf, fit: cdnowBgNbd });
    expect(r.firedRules).toEqual(["competitor-offer", "probability-alive-low", "purchase-gap-growing"]);
    expect([r.level, r.score]).toEqual(["high", 3]);
    expect(assessSwitchingRisk(rec, { asOf, fit: cdnowBgNbd, levels: { high: 4 } }).level).toBe("medium");
    expect(assessSwitchingRisk(rec, { asOf, fit: cdnowBgNbd, levels: { medium: 4, high: 5 } }).level).toBe("low");
  });
  it("a survey score outside the declared scale is an error finding naming the rule, not skipped, and scores 0", () => {
    const r = assessSwitchingRisk(record({ surveyResponses: [survey("2024-01-10", 7), survey("2024-06-01", 3)] }), {
      asOf,
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: "satisfaction-falling", severity: "error" });
    expect(r.findings[0]!.message).toContain("outside the declared scale 1–5");
    expect([r.level, r.score]).toEqual(["low", 0]);
  });
  it("a summary passed by the caller replaces the record's own for P(alive)", () => {
    const rec = record({ transactions: every30 });
    const own = assessSwitchingRisk(rec, { asOf, fit: cdnowBgNbd });
    expect(own.findings.find((f) => f.ruleId === "probability-alive-low")!.data.frequency).toBe(3);
    const given = assessSwitchingRisk(rec, { asOf, fit: cdnowBgNbd, summary: { frequency: 9, recency: 25, T: 25.8 } });
    expect(given.firedRules).not.toContain("probability-alive-low");
  });
});

describe("assessSwitchingRisk: apps add and reconfigure rules through the usual config", () => {
  const vipSilent = defineRule({
    id: "acme/vip-silent",
    meta: {
      description: "A VIP with no interaction for a while",
      severity: "correct",
      messages: { silent: "VIP without contact for over {{days}} days" },
    },
    defaultOptions: { days: 60 },
    evaluate(facts: SwitchingRiskFacts, { days }, report) {
      if (facts.record.customer?.segment !== "vip") return;
      const last = facts.record.interactions.at(-1)?.timestamp.getTime() ?? Number.NEGATIVE_INFINITY;
      if (facts.asOf.getTime() - last > days * 86_400_000) report("silent", { days }, { segment: "vip" });
    },
  });
  const acme = definePlugin({
    meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
    rules: { "acme/vip-silent": vipSilent },
  });
  const rules = extendRuleSet(switchingRiskRules, acme);
  // parseRuleConfig types a config by the RuleCatalog; this set's ids are typed by the set itself.
  const typed = (config: unknown) => config as RuleSetConfig<(typeof rules)["rules"]>;
  const rec = {
    ...record({ interactions: [interaction("2024-06-10")] }),
    customer: { id: "c", segment: "vip" },
  };

  it("a third-party rule is added and a core rule reconfigured from one JSON config", () => {
    const json =
      '{ "acme/vip-silent": { "days": 14 }, "competitor-offer": { "lookbackDays": 10 }, "bond-lapsed": "off" }';
    const config = typed(parseRuleConfig(JSON.parse(json)));
    const r = assessSwitchingRisk(rec, { asOf, rules, config });
    // The offer was 20 days ago: outside the reconfigured 10-day lookback; the VIP rule fires (20 > 14).
    expect(r.firedRules).toEqual(["acme/vip-silent"]);
    expect(r.findings[0]).toMatchObject({ message: "VIP without contact for over 14 days", options: { days: 14 } });
    expect(r.skipped).toEqual(["bond-lapsed"]);
    expect([r.level, r.score]).toEqual(["medium", 2]);
    const defaults = assessSwitchingRisk(rec, { asOf, rules });
    expect(defaults.firedRules).toEqual(["competitor-offer"]);
  });
  it("the assessor applies the same config to every record", () => {
    const config = typed(
      parseRuleConfig({ "acme/vip-silent": { days: 14 }, "competitor-offer": { lookbackDays: 10 } }),
    );
    const assessor = createSwitchingRiskAssessor({ asOf, rules, config });
    expect(assessor.assess(rec)).toEqual(assessSwitchingRisk(rec, { asOf, rules, config }));
  });
});

describe("assessSwitchingRisk: bad input", () => {
  const rec = record({ transactions: every30 });
  it("asOf is required and never defaulted", () => {
    const e = thrown(() => assessSwitchingRisk(rec, {} as never));
    expect(e.code).toBe("invalid_input");
    expect(e.issues[0]!.path).toEqual(["options", "asOf"]);
    expect(e.issues[0]!.message).toContain("asOf is required");
  });
  it("asOf before the record starts is invalid_input at options.asOf", () => {
    const e = thrown(() => assessSwitchingRisk(rec, { asOf: "2023-12-31" }));
    expect(e.code).toBe("invalid_input");
    expect(e.issues).toEqual([
      expect.objectContaining({
        path: ["options", "asOf"],
        message: expect.stringContaining("2024-01-01T00:00:00.000Z"),
      }),
    ]);
  });
  it("the record starts at its earliest event of any kind, or the customer's acquisition", () => {
    const r = record({ transactions: every30, interactions: [interaction("2023-06-01", "visit")] });
    expect(assessSwitchingRisk(r, { asOf: "2023-12-31" }).level).toBe("low");
    const acquired = { ...rec, customer: { id: "c", acquiredAt: at("2023-01-01") } };
    expect(assessSwitchingRisk(acquired, { asOf: "2023-12-31" }).level).toBe("low");
    expect(thrown(() => assessSwitchingRisk(acquired, { asOf: "2022-12-31" })).issues[0]!.path).toEqual([
      "options",
      "asOf",
    ]);
  });
  it("negative or out-of-order levels are invalid_input with paths", () => {
    const e = thrown(() => assessSwitchingRisk(rec, { asOf, levels: { medium: -1, high: 0 } }));
    expect(e.code).toBe("invalid_input");
    expect(e.issues.map((i) => i.path)).toEqual([
      ["options", "levels", "medium"],
      ["options", "levels", "high"],
    ]);
    const order = thrown(() => assessSwitchingRisk(rec, { asOf, levels: { medium: 3, high: 2 } }));
    expect(order.issues.map((i) => i.path)).toEqual([["options", "levels", "high"]]);
  });
  it("negative rule thresholds are invalid_input at config[id].option", () => {
    const e = thrown(() =>
      assessSwitchingRisk(rec, {
        asOf,
        config: { "purchase-gap-growing": { ratioAbove: -2 }, "complaint-unresolved": { openForDays: -1 } },
      }),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.issues.map((i) => i.path)).toEqual([
      ["config", "purchase-gap-growing", "ratioAbove"],
      ["config", "complaint-unresolved", "openForDays"],
    ]);
    const scale = thrown(() =>
      assessSwitchingRisk(rec, { asOf, config: { "satisfaction-falling": { scaleMin: 5, scaleMax: 1 } } }),
    );
    expect(scale.issues.map((i) => i.path)).toEqual([["config", "satisfaction-falling", "scaleMax"]]);
  });
  it("an unknown rule id is unknown_rule; the assessor says so before any record", () => {
    expect(thrown(() => assessSwitchingRisk(rec, { asOf, config: { "no-such-rule": "off" } as never })).code).toBe(
      "unknown_rule",
    );
    expect(thrown(() => createSwitchingRiskAssessor({ asOf, config: { "no-such-rule": "off" } as never })).code).toBe(
      "unknown_rule",
    );
  });
  it("a malformed record is invalid_input with the event's path", () => {
    const bad = { ...rec, transactions: [tx("2024-01-01"), { ...tx("2024-01-02"), timestamp: "2024-01-02" }] };
    const e = thrown(() => assessSwitchingRisk(bad as never, { asOf }));
    expect(e.issues.map((i) => i.path)).toEqual([["record", "transactions", 1, "timestamp"]]);
    expect(
      thrown(() => assessSwitchingRisk({ ...rec, complaints: undefined } as never, { asOf })).issues[0]!.path,
    ).toEqual(["record", "complaints"]);
  });
  it("a fit that is not a count model, or with bad parameters, is invalid_input at options.fit", () => {
    expect(
      thrown(() => assessSwitchingRisk(rec, { asOf, fit: { model: "gamma-gamma" } as never })).issues[0]!.path,
    ).toEqual(["options", "fit"]);
    const e = thrown(() =>
      assessSwitchingRisk(rec, { asOf, fit: { ...cdnowBgNbd, params: { ...cdnowBgNbd.params, r: -1 } } }),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.issues[0]!.path.slice(0, 2)).toEqual(["options", "fit"]);
  });
  it("a summary without a fit, of another customer, or with recency > T is invalid_input at options.summary", () => {
    const noFit = thrown(() => assessSwitchingRisk(rec, { asOf, summary: { frequency: 1, recency: 1, T: 2 } }));
    expect(noFit.issues[0]!.path).toEqual(["options", "summary"]);
    const other = thrown(() =>
      assessSwitchingRisk(rec, {
        asOf,
        fit: cdnowBgNbd,
        summary: { customerId: "x", frequency: 1, recency: 3, T: 2 } as never,
      }),
    );
    expect(other.issues.map((i) => i.path)).toEqual([
      ["options", "summary", "recency"],
      ["options", "summary", "customerId"],
    ]);
  });
});

describe("assessSwitchingRisk: properties", () => {
  const day = fc
    .integer({ min: 0, max: 540 })
    .map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const records = fc
    .record({
      buys: fc.array(fc.tuple(day, fc.integer({ min: 1, max: 200 })), { maxLength: 15 }),
      offers: fc.array(day, { maxLength: 2 }),
      complaints: fc.array(day, { maxLength: 2 }),
      scores: fc.array(fc.tuple(day, fc.integer({ min: 1, max: 5 })), { maxLength: 4 }),
    })
    .map(({ buys, offers, complaints, scores }) =>
      record({
        transactions: buys.map(([d, a]) => tx(d, a)).sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime()),
        interactions: offers.map((d) => interaction(d)).sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime()),
        complaints: complaints.map((d) => complaint(d)).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime()),
        surveyResponses: scores
          .map(([d, s]) => survey(d, s))
          .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime()),
      }),
    );
  it("the level follows the score, each fired rule counted once; inputs are not mutated; the assessor agrees", () => {
    fc.assert(
      fc.property(records, (rec) => {
        const before = structuredClone(rec);
        const options = { asOf: "2024-07-01", fit: cdnowBgNbd };
        const r = assessSwitchingRisk(rec, options);
        expect(rec).toEqual(before);
        expect(new Set(r.firedRules).size).toBe(r.firedRules.length);
        expect(r.findings.every((f) => f.severity !== "error")).toBe(true);
        const weight = { info: 0, warn: 1, correct: 2, terminate: 3 } as const;
        const score = r.firedRules.reduce(
          (s, id) => s + weight[switchingRiskRules.rules[id as "competitor-offer"].meta.severity],
          0,
        );
        expect(r.score).toBe(score);
        expect(r.level).toBe(score >= 3 ? "high" : score >= 1 ? "medium" : "low");
        expect(createSwitchingRiskAssessor(options).assess(rec)).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });
});
