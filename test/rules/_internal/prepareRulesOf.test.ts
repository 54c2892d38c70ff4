import { describe, expect, it } from "vitest";
import { prepareRulesOf } from "../../../src/rules/_internal/prepareRulesOf.ts";
import { defineRule } from "../../../src/rules/defineRule.ts";
import { ruleSet } from "../../../src/rules/ruleSet.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

const r = defineRule({
  id: "r",
  meta: { description: "r", severity: "info", messages: { m: "m" } },
  defaultOptions: { n: 1 },
  evaluate(_f: unknown) {},
});

describe("prepareRulesOf", () => {
  it("resolves the options of the rules that run and names the caller in errors", () => {
    const p = prepareRulesOf("caller", ruleSet(r), { r: { n: 2 } });
    expect(p.plan.map((s) => s.options)).toEqual([{ n: 2 }]);
    expect(p.evaluated).toEqual(["r"]);
    const e = expectClienteleError(() => prepareRulesOf("caller", ruleSet(r), { r: { n: "x" } }), "invalid_input");
    expect(e.message.startsWith("caller:")).toBe(true);
  });
});
