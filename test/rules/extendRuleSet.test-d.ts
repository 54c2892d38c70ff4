import { describe, expectTypeOf, it } from "vitest";
import { definePlugin } from "../../src/rules/definePlugin.ts";
import { defineRule } from "../../src/rules/defineRule.ts";
import { extendRuleSet } from "../../src/rules/extendRuleSet.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";

const quiet = defineRule({
  id: "gone-quiet",
  meta: { description: "d", severity: "warn", messages: { m: "m" } },
  defaultOptions: { days: 90 },
  evaluate(_facts: { days: number }, _options, _report) {},
});
const quieter = defineRule({
  id: "gone-quiet",
  meta: { description: "d", severity: "warn", messages: { m: "m" } },
  defaultOptions: { days: 30, vipOnly: true },
  evaluate(_facts: { days: number }, _options, _report) {},
});
const vip = defineRule({
  id: "acme/vip-gone-quiet",
  meta: { description: "d", severity: "warn", messages: { m: "m" } },
  defaultOptions: { minSpend: 100 },
  evaluate(_facts: { isVip: boolean }, _options, _report) {},
});
const acme = definePlugin({
  meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
  rules: { "acme/vip-gone-quiet": vip },
});
const base = ruleSet(quiet);

describe("extendRuleSet types", () => {
  it("adds the rules of plugins and of bare rules to the set's type", () => {
    expectTypeOf(extendRuleSet(base, acme).rules["acme/vip-gone-quiet"]).toEqualTypeOf<typeof vip>();
    expectTypeOf(extendRuleSet(base, vip).order).toEqualTypeOf<readonly ("gone-quiet" | "acme/vip-gone-quiet")[]>();
  });

  it("types an overridden id with the replacing rule", () => {
    const replaced = extendRuleSet(base, { override: true }, quieter);
    expectTypeOf(replaced.rules["gone-quiet"]).toEqualTypeOf<typeof quieter>();
  });

  it("rejects a value that is neither a rule, a plugin nor options", () => {
    // @ts-expect-error not a rule
    extendRuleSet(base, { id: "x" });
  });
});
