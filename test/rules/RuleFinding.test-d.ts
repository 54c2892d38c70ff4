import { describe, expectTypeOf, it } from "vitest";
import type { RuleSeverity } from "../../src/rules/Rule.ts";
import type { FindingSeverity, RuleFinding } from "../../src/rules/RuleFinding.ts";

describe("RuleFinding types", () => {
  it("adds the engine's error severity to the rule severities", () => {
    expectTypeOf<FindingSeverity>().toEqualTypeOf<RuleSeverity | "error">();
  });

  it("types ruleId by the set's ids and keeps every field readonly", () => {
    expectTypeOf<RuleFinding<"a" | "b">["ruleId"]>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<RuleFinding>().toHaveProperty("options").toEqualTypeOf<Readonly<Record<string, unknown>>>();
    const finding = {} as RuleFinding;
    // @ts-expect-error findings are read-only
    finding.message = "changed";
  });
});
