import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definePlugin } from "../../src/rules/definePlugin.ts";
import { defineRule } from "../../src/rules/defineRule.ts";
import { extendRuleSet } from "../../src/rules/extendRuleSet.ts";
import type { RulePlugin } from "../../src/rules/RulePlugin.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const makeRule = <const Id extends string>(id: Id, days = 90) =>
  defineRule({
    id,
    meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "quiet for {{days}} days" } },
    defaultOptions: { days },
    evaluate(facts: { daysSincePurchase: number }, options, report) {
      if (facts.daysSincePurchase > options.days) report("quiet", { days: facts.daysSincePurchase });
    },
  });

const core = ruleSet(makeRule("gone-quiet"), makeRule("too-costly"));
const vip = makeRule("acme/vip-gone-quiet", 30);
const churn = makeRule("acme/churn-risk", 45);
const acme = definePlugin({
  meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
  rules: { "acme/vip-gone-quiet": vip, "acme/churn-risk": churn },
  sets: { recommended: [vip] },
});

describe("extendRuleSet", () => {
  it("returns a new set with the added rules after the base rules, leaving the base unchanged", () => {
    const extended = extendRuleSet(core, vip);
    expect(extended).not.toBe(core);
    expect(extended.order).toEqual(["gone-quiet", "too-costly", "acme/vip-gone-quiet"]);
    expect(extended.rules["acme/vip-gone-quiet"]).toBe(vip);
    expect(core.order).toEqual(["gone-quiet", "too-costly"]);
    expect(Object.keys(core.rules)).toEqual(["gone-quiet", "too-costly"]);
    expect(Object.isFrozen(extended) && Object.isFrozen(extended.rules) && Object.isFrozen(extended.order)).toBe(true);
  });

  it("adds every rule of a plugin, in the plugin's key order", () => {
    expect(extendRuleSet(core, acme).order).toEqual([
      "gone-quiet",
      "too-costly",
      "acme/vip-gone-quiet",
      "acme/churn-risk",
    ]);
  });

  it("adds the rules of a plugin's named set spread as rules", () => {
    expect(extendRuleSet(core, ...acme.sets.recommended).order).toEqual([
      "gone-quiet",
      "too-costly",
      "acme/vip-gone-quiet",
    ]);
  });

  it("throws duplicate_rule when an added id is already in the base set", () => {
    const error = expectClienteleError(() => extendRuleSet(core, makeRule("too-costly", 10)), "duplicate_rule");
    expect(issuePaths(error)).toEqual(["additions[0].id"]);
    expect(error.message).toMatchInlineSnapshot(`
      "extendRuleSet: duplicate rule id
        ✖ rule id "too-costly" is already in the base set; pass { override: true } to replace it → at additions[0].id"
    `);
  });

  it("replaces a base rule in place with { override: true }", () => {
    const replacement = makeRule("gone-quiet", 60);
    const extended = extendRuleSet(core, { override: true }, replacement, vip);
    expect(extended.order).toEqual(["gone-quiet", "too-costly", "acme/vip-gone-quiet"]);
    expect(extended.rules["gone-quiet"]).toBe(replacement);
    expect(core.rules["gone-quiet"]).not.toBe(replacement);
  });

  it("still adds new ids with { override: true } and accepts { override: false }", () => {
    expect(extendRuleSet(core, { override: true }, vip).order).toHaveLength(3);
    expectClienteleError(() => extendRuleSet(core, { override: false }, makeRule("gone-quiet")), "duplicate_rule");
  });

  it("throws duplicate_rule when the same id is added twice, even with override", () => {
    const error = expectClienteleError(() => extendRuleSet(core, { override: true }, vip, acme), "duplicate_rule");
    expect(issuePaths(error)).toEqual(["additions[1].rules.acme/vip-gone-quiet.id"]);
    expect(error.issues[0]?.message).toBe('rule id "acme/vip-gone-quiet" is also added at additions[0]');
  });

  it("throws invalid_rule when a plugin's rule is not in its namespace", () => {
    const rogue = {
      meta: { name: "rogue", version: "1.0.0", namespace: "rogue" },
      rules: { "acme/x": makeRule("acme/x") },
    };
    const error = expectClienteleError(() => extendRuleSet(core, rogue as unknown as RulePlugin), "invalid_rule");
    expect(issuePaths(error)).toEqual(["additions[0].rules.acme/x.id"]);
    expect(error.message).toMatchInlineSnapshot(`
      "extendRuleSet: invalid rule or plugin
        ✖ expected an id starting with "rogue/", received "acme/x" → at additions[0].rules["acme/x"].id"
    `);
  });

  it("throws invalid_rule when a plugin tries to add a bare (core-style) id", () => {
    const sneaky = {
      meta: { name: "s", version: "1.0.0", namespace: "acme" },
      rules: { "too-costly": makeRule("too-costly") },
    };
    expectClienteleError(
      () => extendRuleSet(core, { override: true }, sneaky as unknown as RulePlugin),
      "invalid_rule",
    );
  });

  it("throws invalid_rule for a malformed added rule", () => {
    const error = expectClienteleError(
      () => extendRuleSet(core, { ...vip, evaluate: undefined } as never),
      "invalid_rule",
    );
    expect(issuePaths(error)).toEqual(["additions[0].evaluate"]);
  });

  it("throws invalid_input for a base that is not a rule set or a non-boolean override", () => {
    expect(issuePaths(expectClienteleError(() => extendRuleSet({} as never, vip), "invalid_input"))).toEqual(["base"]);
    const error = expectClienteleError(() => extendRuleSet(core, { override: "yes" } as never, vip), "invalid_input");
    expect(issuePaths(error)).toEqual(["options.override"]);
  });

  it("does not mutate the base set, the rules or the plugin", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 400 }), (override, days) => {
        const baseOrder = [...core.order];
        const baseRules = { ...core.rules };
        const pluginRules = { ...acme.rules };
        const replacement = makeRule("gone-quiet", days);
        const extended = override ? extendRuleSet(core, { override }, replacement, acme) : extendRuleSet(core, acme);
        expect(core.order).toEqual(baseOrder);
        expect(core.rules).toEqual(baseRules);
        expect(acme.rules).toEqual(pluginRules);
        expect(replacement.defaultOptions).toEqual({ days });
        expect(extended.order).toHaveLength(4);
      }),
    );
  });
});
