import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import { defineRule } from "../../src/rules/defineRule.ts";
import type { RuleSetConfig, RuleSetFacts } from "../../src/rules/RuleSetConfig.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";

const spend = defineRule({
  id: "big-spender",
  meta: { description: "d", severity: "info", messages: { m: "m" } },
  optionsSchema: z.object({ threshold: z.number() }),
  defaultOptions: { threshold: 1000 },
  evaluate(_facts: { spend: number }, _options, _report) {},
});
const mood = defineRule({
  id: "acme/mood",
  meta: { description: "d", severity: "warn", messages: { m: "m" } },
  defaultOptions: { minScore: 3 },
  evaluate(_facts: { score: number } | { missing: true }, _options, _report) {},
});
const set = ruleSet(spend, mood);
type Rules = typeof set.rules;

describe("RuleSetConfig", () => {
  it('maps every id to "off" or partial options', () => {
    expectTypeOf<RuleSetConfig<Rules>>().toEqualTypeOf<{
      readonly "big-spender"?: "off" | Partial<{ threshold: number }>;
      readonly "acme/mood"?: "off" | Partial<{ minScore: number }>;
    }>();
  });

  it("rejects unknown ids and wrong option types", () => {
    // @ts-expect-error unknown rule id
    const unknownId: RuleSetConfig<Rules> = { "too-costly": "off" };
    // @ts-expect-error threshold is a number
    const wrongType: RuleSetConfig<Rules> = { "big-spender": { threshold: "1000" } };
    // @ts-expect-error only "off" switches a rule off
    const wrongSwitch: RuleSetConfig<Rules> = { "big-spender": "on" };
    expectTypeOf([unknownId, wrongType, wrongSwitch]).toBeArray();
  });
});

describe("RuleSetFacts", () => {
  it("intersects the facts of all rules, keeping each rule's own union intact", () => {
    expectTypeOf<RuleSetFacts<Rules>>().toEqualTypeOf<{ spend: number } & ({ score: number } | { missing: true })>();
  });

  it("is unknown for an empty set", () => {
    expectTypeOf<RuleSetFacts<Record<never, never>>>().toEqualTypeOf<unknown>();
  });
});
