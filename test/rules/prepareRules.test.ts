import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/index.ts";
import { defineRule, evaluateRules, prepareRules, ruleSet } from "../../src/rules/index.ts";

const quiet = defineRule({
  id: "gone-quiet",
  meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "quiet for {{days}} days" } },
  defaultOptions: { limit: 90 },
  evaluate(facts: { days: number }, { limit }, report) {
    if (facts.days > limit) report("quiet", { days: facts.days }, { limit });
  },
});
const costly = defineRule({
  id: "too-costly",
  meta: { description: "Costs more than it brings", severity: "correct", messages: { costly: "cost {{cost}}" } },
  defaultOptions: { tolerance: 0 },
  evaluate(facts: { cost: number }, { tolerance }, report) {
    if (facts.cost > tolerance) report("costly", { cost: facts.cost });
  },
});
const set = ruleSet(quiet, costly);

describe("prepareRules", () => {
  it("gives what evaluateRules gives, for any facts and config", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: -5, max: 5 }),
        fc.constantFrom(undefined, { "gone-quiet": { limit: 30 } }, { "too-costly": "off" as const }),
        (days, cost, config) => {
          const facts = { days, cost };
          expect(prepareRules(set, config).evaluate(facts)).toEqual(evaluateRules(set, facts, config));
        },
      ),
    );
  });
  it("copies the config: changing it afterwards does not change the prepared set", () => {
    const config: { "gone-quiet": { limit: number } } = { "gone-quiet": { limit: 30 } };
    const prepared = prepareRules(set, config);
    config["gone-quiet"].limit = 500;
    expect(prepared.evaluate({ days: 60, cost: 0 }).findings.map((f) => f.ruleId)).toEqual(["gone-quiet"]);
  });
  it("returns fresh id arrays on each call", () => {
    const prepared = prepareRules(set);
    const a = prepared.evaluate({ days: 0, cost: 0 });
    expect(prepared.evaluate({ days: 0, cost: 0 }).evaluated).not.toBe(a.evaluated);
  });
  it("checks the config when prepared, naming prepareRules", () => {
    try {
      prepareRules(set, { "gone-quiet": { limit: "x" } } as never);
      expect.unreachable();
    } catch (error) {
      expect(isClienteleError(error, "invalid_input")).toBe(true);
      expect((error as Error).message).toMatch(/^prepareRules: invalid rule options/);
    }
    expect(() => prepareRules(set, { nope: "off" } as never)).toThrow(
      /prepareRules: config names a rule not in the set/,
    );
  });
});
