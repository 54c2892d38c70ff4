import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { definePlugin } from "../../src/rules/definePlugin.ts";
import { defineRule } from "../../src/rules/defineRule.ts";
import { evaluateRules } from "../../src/rules/evaluateRules.ts";
import { extendRuleSet } from "../../src/rules/extendRuleSet.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

interface Facts {
  readonly serviceCost: number;
  readonly grossMargin: number;
  readonly complaints: readonly string[];
}

const tooCostly = defineRule({
  id: "too-costly",
  meta: {
    description: "Serving the customer costs more than the margin they bring",
    severity: "correct",
    messages: { costExceedsMargin: "cost {{cost}} exceeds margin {{margin}} (tolerance {{tolerance}})" },
  },
  optionsSchema: z.object({ tolerance: z.number().check(z.gte(0)) }),
  defaultOptions: { tolerance: 0 },
  evaluate(facts: Pick<Facts, "serviceCost" | "grossMargin">, { tolerance }, report) {
    if (facts.serviceCost > facts.grossMargin + tolerance) {
      report(
        "costExceedsMargin",
        { cost: facts.serviceCost, margin: facts.grossMargin, tolerance },
        { serviceCost: facts.serviceCost, grossMargin: facts.grossMargin },
      );
    }
  },
});

const emotionallyDraining = defineRule({
  id: "emotionally-draining",
  meta: {
    description: "Too many complaints",
    severity: "terminate",
    messages: { complaint: "complaint {{index}}: {{text}}" },
  },
  defaultOptions: { maxComplaints: 2 },
  evaluate(facts: Pick<Facts, "complaints">, { maxComplaints }, report) {
    if (facts.complaints.length <= maxComplaints) return;
    for (const [index, text] of facts.complaints.entries()) {
      report("complaint", { index, text }, { count: facts.complaints.length });
    }
  },
});

const core = ruleSet(tooCostly, emotionallyDraining);
const facts: Facts = { serviceCost: 120, grossMargin: 80, complaints: ["late", "rude", "wrong"] };

describe("evaluateRules", () => {
  it("reports findings with severity, interpolated message, data, evidence and effective options", () => {
    const result = evaluateRules(core, facts);
    expect(result.evaluated).toEqual(["too-costly", "emotionally-draining"]);
    expect(result.skipped).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === "too-costly")).toEqual({
      ruleId: "too-costly",
      severity: "correct",
      messageId: "costExceedsMargin",
      message: "cost 120 exceeds margin 80 (tolerance 0)",
      data: { cost: 120, margin: 80, tolerance: 0 },
      evidence: { serviceCost: 120, grossMargin: 80 },
      options: { tolerance: 0 },
    });
  });

  it("orders findings most severe first, then by rule id, then by report order — whatever the set's order", () => {
    const reversed = ruleSet(emotionallyDraining, tooCostly);
    const expected = [
      "complaint 0: late",
      "complaint 1: rude",
      "complaint 2: wrong",
      "cost 120 exceeds margin 80 (tolerance 0)",
    ];
    expect(evaluateRules(core, facts).findings.map((f) => f.message)).toEqual(expected);
    expect(evaluateRules(reversed, facts).findings.map((f) => f.message)).toEqual(expected);
    expect(evaluateRules(core, facts).findings.map((f) => f.severity)).toEqual([
      "terminate",
      "terminate",
      "terminate",
      "correct",
    ]);
  });

  it('skips a rule switched "off" and lists it in skipped', () => {
    const result = evaluateRules(core, facts, { "emotionally-draining": "off" });
    expect(result.evaluated).toEqual(["too-costly"]);
    expect(result.skipped).toEqual(["emotionally-draining"]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["too-costly"]);
  });

  it("merges option overrides over the defaults and reports the thresholds used", () => {
    const result = evaluateRules(core, facts, {
      "too-costly": { tolerance: 50 },
      "emotionally-draining": { maxComplaints: 2 },
    });
    expect(result.findings.filter((f) => f.ruleId === "too-costly")).toEqual([]);
    const loose = evaluateRules(core, facts, { "too-costly": { tolerance: 10 } });
    const costly = loose.findings.find((f) => f.ruleId === "too-costly");
    expect(costly?.options).toEqual({ tolerance: 10 });
    expect(costly?.message).toBe("cost 120 exceeds margin 80 (tolerance 10)");
  });

  it("returns no findings for an empty set", () => {
    expect(evaluateRules(ruleSet(), {})).toEqual({ findings: [], evaluated: [], skipped: [] });
  });

  it("throws invalid_input with a config[id].option path when an override fails the options schema", () => {
    const error = expectClienteleError(
      () => evaluateRules(core, facts, { "too-costly": { tolerance: -5 } }),
      "invalid_input",
    );
    expect(error.issues.map((i) => i.code)).toEqual(["too_small"]);
    expect(error.issues[0]?.path).toEqual(["config", "too-costly", "tolerance"]);
    expect(error.message).toMatchInlineSnapshot(`
      "evaluateRules: invalid rule options
        ✖ expected number ≥ 0, received -5 → at config["too-costly"].tolerance"
    `);
  });

  it("collects option problems of every rule before running any rule", () => {
    let ran = false;
    const spy = defineRule({
      id: "spy",
      meta: { description: "d", severity: "info", messages: { m: "m" } },
      defaultOptions: {},
      evaluate() {
        ran = true;
      },
    });
    const set = ruleSet(spy, tooCostly, emotionallyDraining);
    const error = expectClienteleError(
      () =>
        evaluateRules(set, facts, {
          "too-costly": { tolerance: "high" as unknown as number },
          "emotionally-draining": { maxComplaints: "3" as unknown as number },
        }),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["config.too-costly.tolerance", "config.emotionally-draining.maxComplaints"]);
    expect(ran).toBe(false);
  });

  it("throws invalid_input for an unknown option of a rule without a schema", () => {
    const error = expectClienteleError(
      () => evaluateRules(core, facts, { "emotionally-draining": { maxComplaint: 3 } as never }),
      "invalid_input",
    );
    expect(error.issues[0]).toMatchObject({ code: "unrecognized_keys", path: ["config", "emotionally-draining"] });
  });

  it("throws unknown_rule with a config[id] path for an id not in the set", () => {
    const error = expectClienteleError(
      () => evaluateRules(core, facts, { "too-costly": "off", "acme/nope": "off" } as never),
      "unknown_rule",
    );
    expect(error.issues).toEqual([
      { code: "unknown_rule", path: ["config", "acme/nope"], message: 'unknown rule id "acme/nope"' },
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "evaluateRules: config names a rule not in the set (known ids: too-costly, emotionally-draining)
        ✖ unknown rule id "acme/nope" → at config["acme/nope"]"
    `);
  });

  it("throws unknown_rule for a config id on an empty set", () => {
    const error = expectClienteleError(() => evaluateRules(ruleSet(), {}, { x: "off" } as never), "unknown_rule");
    expect(error.message.split("\n")[0]).toBe("evaluateRules: config names a rule not in the set (the set is empty)");
  });

  it('throws invalid_input for a config that is not a record or an entry that is neither "off" nor an object', () => {
    expect(issuePaths(expectClienteleError(() => evaluateRules(core, facts, [] as never), "invalid_input"))).toEqual([
      "config",
    ]);
    const error = expectClienteleError(
      () => evaluateRules(core, facts, { "too-costly": "on" } as never),
      "invalid_input",
    );
    expect(error.issues[0]?.path).toEqual(["config", "too-costly"]);
    expect(error.issues[0]?.message).toBe('expected "off" or options object, received "on"');
  });

  it("throws invalid_input for a set that is not a rule set", () => {
    const error = expectClienteleError(() => evaluateRules({ rules: [] } as never, {}), "invalid_input");
    expect(issuePaths(error)).toEqual(["set"]);
    const inconsistent = { rules: {}, order: ["too-costly"] };
    expect(issuePaths(expectClienteleError(() => evaluateRules(inconsistent as never, {}), "invalid_input"))).toEqual([
      "set",
    ]);
  });

  it("throws invalid_input for a hand-made set whose rule is not a rule (was a TypeError)", () => {
    for (const rule of [1, null, { id: "x" }, { id: "x", evaluate() {}, meta: { severity: "warn" } }]) {
      const set = { rules: { x: rule }, order: ["x"] };
      expect(issuePaths(expectClienteleError(() => evaluateRules(set as never, {}), "invalid_input"))).toEqual(["set"]);
    }
  });

  it("keeps a rule's failure to one error finding even when what it throws cannot be read", () => {
    const hostile = [
      Object.defineProperty(new Error("x"), "message", {
        get() {
          throw new Error("no message for you");
        },
      }),
      new Proxy(
        {},
        {
          getPrototypeOf() {
            throw new Error("trap");
          },
          get() {
            throw new Error("trap");
          },
        },
      ),
    ];
    for (const thrown of hostile) {
      const rule = defineRule({
        id: "acme/hostile",
        meta: { description: "Throws something unreadable", severity: "warn", messages: { never: "never" } },
        defaultOptions: {},
        evaluate() {
          throw thrown;
        },
      });
      const result = evaluateRules(extendRuleSet(ruleSet(tooCostly), rule), facts);
      expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
        ["acme/hostile", "error"],
        ["too-costly", "correct"],
      ]);
      expect(result.findings[0]?.message).toBe("acme/hostile threw: object");
    }
  });

  it("keeps a rule's failure to one error finding when it returns a Proxy whose `then` throws", () => {
    const rule = defineRule({
      id: "acme/proxy",
      meta: { description: "Returns a hostile value", severity: "warn", messages: { never: "never" } },
      defaultOptions: {},
      evaluate() {
        return new Proxy(
          {},
          {
            get: () => {
              throw new Error("trap");
            },
          },
        ) as never;
      },
    });
    const result = evaluateRules(extendRuleSet(ruleSet(tooCostly), rule), facts);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["acme/proxy", "too-costly"]);
    expect(result.findings[0]?.message).toBe("acme/proxy threw: trap");
  });

  it("takes 200,000 reports from one rule (was a RangeError: stack overflow)", () => {
    const chatty = defineRule({
      id: "acme/chatty",
      meta: { description: "Reports a lot", severity: "info", messages: { one: "one {{i}}" } },
      defaultOptions: {},
      evaluate(_f: unknown, _o, report) {
        for (let i = 0; i < 200_000; i++) report("one", { i });
      },
    });
    const result = evaluateRules(ruleSet(chatty), {});
    expect(result.findings).toHaveLength(200_000);
    expect(result.findings[199_999]?.message).toBe("one 199999");
  });

  it("turns a throwing rule into one error finding naming the rule and keeps evaluating the others", () => {
    const broken = defineRule({
      id: "acme/broken",
      meta: { description: "Always throws", severity: "warn", messages: { never: "never" } },
      defaultOptions: {},
      evaluate(f: { serviceCost: number }) {
        throw new RangeError(`cannot handle ${f.serviceCost}`);
      },
    });
    const set = extendRuleSet(ruleSet(tooCostly), broken, emotionallyDraining);
    const result = evaluateRules(set, facts);
    expect(result.evaluated).toEqual(["too-costly", "acme/broken", "emotionally-draining"]);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["acme/broken", "error"],
      ["emotionally-draining", "terminate"],
      ["emotionally-draining", "terminate"],
      ["emotionally-draining", "terminate"],
      ["too-costly", "correct"],
    ]);
    expect(result.findings[0]).toMatchObject({
      messageId: "ruleError",
      message: "acme/broken threw: cannot handle 120",
      options: {},
    });
  });

  it("turns a report with a missing placeholder into an error finding naming the rule and the placeholder", () => {
    const sloppy = defineRule({
      id: "acme/sloppy",
      meta: { description: "Forgets data", severity: "info", messages: { spend: "spent {{amount}} of {{budget}}" } },
      defaultOptions: {},
      evaluate(_f: unknown, _o, report) {
        report("spend", { amount: 5 });
      },
    });
    const [finding] = evaluateRules(ruleSet(sloppy), {}).findings;
    expect(finding).toMatchObject({
      ruleId: "acme/sloppy",
      severity: "error",
      messageId: "ruleError",
      message: 'acme/sloppy message "spend" has no value for placeholder {{budget}}',
    });
  });

  it("evaluates a set extended with a plugin", () => {
    const vip = defineRule({
      id: "acme/vip-gone-quiet",
      meta: { description: "VIP silent", severity: "warn", messages: { quiet: "VIP quiet for {{days}} days" } },
      optionsSchema: z.object({ days: z.int().check(z.positive()) }),
      defaultOptions: { days: 60 },
      evaluate(f: { isVip: boolean; daysSincePurchase: number }, { days }, report) {
        if (f.isVip && f.daysSincePurchase > days)
          report("quiet", { days: f.daysSincePurchase }, { isVip: f.isVip, daysSincePurchase: f.daysSincePurchase });
      },
    });
    const acme = definePlugin({
      meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
      rules: { "acme/vip-gone-quiet": vip },
    });
    const set = extendRuleSet(core, acme);
    const result = evaluateRules(
      set,
      { ...facts, isVip: true, daysSincePurchase: 75 },
      { "emotionally-draining": "off", "too-costly": "off" },
    );
    expect(result.findings).toEqual([
      {
        ruleId: "acme/vip-gone-quiet",
        severity: "warn",
        messageId: "quiet",
        message: "VIP quiet for 75 days",
        data: { days: 75 },
        evidence: { isVip: true, daysSincePurchase: 75 },
        options: { days: 60 },
      },
    ]);
    expectClienteleError(
      () =>
        evaluateRules(set, { ...facts, isVip: true, daysSincePurchase: 1 }, { "acme/vip-gone-quiet": { days: 1.5 } }),
      "invalid_input",
    );
  });

  it("does not mutate the facts or the config, and gives the same findings on every run", () => {
    const factsArb = fc.record({
      serviceCost: fc.integer({ min: 0, max: 500 }),
      grossMargin: fc.integer({ min: 0, max: 500 }),
      complaints: fc.array(fc.string(), { maxLength: 5 }),
    });
    const configArb = fc.record(
      {
        "too-costly": fc.oneof(fc.constant("off" as const), fc.record({ tolerance: fc.integer({ min: 0, max: 100 }) })),
        "emotionally-draining": fc.oneof(
          fc.constant("off" as const),
          fc.record({ maxComplaints: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(factsArb, configArb, (f, config) => {
        const factsBefore = structuredClone(f);
        const configBefore = structuredClone(config);
        const first = evaluateRules(core, f, config);
        const second = evaluateRules(core, f, config);
        expect(f).toEqual(factsBefore);
        expect(config).toEqual(configBefore);
        expect(second).toEqual(first);
        expect(first.evaluated.length + first.skipped.length).toBe(2);
      }),
    );
  });
});
