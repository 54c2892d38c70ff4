import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/rules/defineRule.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const makeRule = <const Id extends string>(id: Id) =>
  defineRule({
    id,
    meta: { description: `rule ${id}`, severity: "info", messages: { hit: "hit" } },
    defaultOptions: {},
    evaluate(_facts: unknown, _options, report) {
      report("hit");
    },
  });

describe("ruleSet", () => {
  it("keys the rules by id and keeps the given order", () => {
    const b = makeRule("b-rule");
    const a = makeRule("acme/a-rule");
    const set = ruleSet(b, a);
    expect(set.order).toEqual(["b-rule", "acme/a-rule"]);
    expect(set.rules["b-rule"]).toBe(b);
    expect(set.rules["acme/a-rule"]).toBe(a);
  });

  it("returns an empty set for no rules", () => {
    expect(ruleSet()).toEqual({ rules: {}, order: [] });
  });

  it("freezes the set, its rules record and its order", () => {
    const set = ruleSet(makeRule("a"));
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.rules)).toBe(true);
    expect(Object.isFrozen(set.order)).toBe(true);
  });

  it("stores ids that shadow Object.prototype names as own properties", () => {
    const set = ruleSet(makeRule("constructor"));
    expect(Object.hasOwn(set.rules, "constructor")).toBe(true);
    expect(set.order).toEqual(["constructor"]);
  });

  it("throws duplicate_rule naming both positions when two rules share an id", () => {
    const error = expectClienteleError(() => ruleSet(makeRule("a"), makeRule("b"), makeRule("a")), "duplicate_rule");
    expect(issuePaths(error)).toEqual(["rules[2].id"]);
    expect(error.message).toMatchInlineSnapshot(`
      "ruleSet: duplicate rule id
        ✖ rule id "a" is already used by rules[0] → at rules[2].id"
    `);
  });

  it("throws invalid_rule with the rule's index for a malformed rule", () => {
    const bad = { ...makeRule("ok"), meta: { description: "", severity: "info", messages: { m: "m" } } };
    const error = expectClienteleError(() => ruleSet(makeRule("a"), bad as never), "invalid_rule");
    expect(issuePaths(error)).toEqual(["rules[1].meta.description"]);
  });

  it("does not mutate the rules it is given", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 5 }), (ids) => {
        const rules = ids.map(makeRule);
        const snapshot = rules.map((r) => ({ ...r, meta: { ...r.meta } }));
        ruleSet(...rules);
        expect(rules).toEqual(snapshot);
        expect(rules.every((r) => !Object.isFrozen(r))).toBe(true);
      }),
    );
  });
});
