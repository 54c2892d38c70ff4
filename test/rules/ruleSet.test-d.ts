import { describe, expectTypeOf, it } from "vitest";
import { defineRule } from "../../src/rules/defineRule.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";

const a = defineRule({
  id: "a-rule",
  meta: { description: "d", severity: "info", messages: { m: "m" } },
  defaultOptions: {},
  evaluate(_facts: { x: number }, _options, _report) {},
});
const b = defineRule({
  id: "acme/b-rule",
  meta: { description: "d", severity: "warn", messages: { n: "n" } },
  defaultOptions: { limit: 1 },
  evaluate(_facts: { y: string }, _options, _report) {},
});

describe("ruleSet types", () => {
  it("maps each literal id to its exact rule type", () => {
    const set = ruleSet(a, b);
    expectTypeOf(set.rules["a-rule"]).toEqualTypeOf<typeof a>();
    expectTypeOf(set.rules["acme/b-rule"]).toEqualTypeOf<typeof b>();
    expectTypeOf(set.order).toEqualTypeOf<readonly ("a-rule" | "acme/b-rule")[]>();
  });

  it("is read-only", () => {
    const set = ruleSet(a);
    // @ts-expect-error rules cannot be reassigned
    set.rules["a-rule"] = a;
  });
});
