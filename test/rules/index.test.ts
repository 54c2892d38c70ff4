import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as rules from "../../src/rules/index.ts";

describe("clientele/rules facade", () => {
  it("exports every runtime value of the rule engine", () => {
    expect(Object.keys(rules).sort()).toEqual([
      "RuleConfigSchema",
      "definePlugin",
      "defineRule",
      "evaluateRules",
      "extendRuleSet",
      "parseRuleConfig",
      "prepareRules",
      "ruleSet",
    ]);
  });

  it("is re-exported from the package root", () => {
    for (const [name, value] of Object.entries(rules)) {
      expect((root as Record<string, unknown>)[name], name).toBe(value);
    }
  });
});
