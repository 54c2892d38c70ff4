import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import { defineRule } from "../../src/rules/defineRule.ts";
import { type EvaluateRulesResult, evaluateRules } from "../../src/rules/evaluateRules.ts";
import { extendRuleSet } from "../../src/rules/extendRuleSet.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";

const tooCostly = defineRule({
  id: "too-costly",
  meta: { description: "d", severity: "correct", messages: { m: "m" } },
  optionsSchema: z.object({ maxCost: z.number() }),
  defaultOptions: { maxCost: 100 },
  evaluate(_facts: { serviceCost: number }, _options, _report) {},
});
const vip = defineRule({
  id: "acme/vip-gone-quiet",
  meta: { description: "d", severity: "warn", messages: { m: "m" } },
  defaultOptions: { days: 60 },
  evaluate(_facts: { isVip: boolean }, _options, _report) {},
});
const set = extendRuleSet(ruleSet(tooCostly), vip);
const facts = { serviceCost: 10, isVip: true };

describe("evaluateRules types", () => {
  it("returns findings typed by the set's ids", () => {
    expectTypeOf(evaluateRules(set, facts)).toEqualTypeOf<EvaluateRulesResult<"too-costly" | "acme/vip-gone-quiet">>();
  });

  it('accepts "off" and partial options for known ids', () => {
    evaluateRules(set, facts, { "too-costly": { maxCost: 50 }, "acme/vip-gone-quiet": "off" });
    evaluateRules(set, facts, { "acme/vip-gone-quiet": {} });
  });

  it("makes a wrong id in the config a compile error", () => {
    // @ts-expect-error "too-costy" is not in the set
    evaluateRules(set, facts, { "too-costy": "off" });
  });

  it("makes a wrong option name or type a compile error", () => {
    // @ts-expect-error maxCost is a number
    evaluateRules(set, facts, { "too-costly": { maxCost: "50" } });
    // @ts-expect-error there is no option maxCosts
    evaluateRules(set, facts, { "too-costly": { maxCosts: 50 } });
  });

  it("requires the facts of every rule in the set", () => {
    // @ts-expect-error isVip is missing
    evaluateRules(set, { serviceCost: 10 });
  });
});
