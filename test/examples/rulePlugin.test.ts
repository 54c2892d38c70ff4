import { describe, expect, it } from "vitest";
import acmeDefault, { acmePlugin, vipGoneQuiet } from "../../examples/plugins/acme-plugin.ts";
import { evaluateRules, extendRuleSet, parseRuleConfig, ruleSet } from "../../src/rules/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

const quietVip = { lifetimeSpend: 4800, daysSinceLastPurchase: 75 };

describe("examples/plugins/acme-plugin", () => {
  it("exports the plugin as default with namespace acme and its rule under acme/vip-gone-quiet", () => {
    expect(acmeDefault).toBe(acmePlugin);
    expect(acmePlugin.meta).toEqual({ name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" });
    expect(acmePlugin.rules["acme/vip-gone-quiet"]).toBe(vipGoneQuiet);
    expect(acmePlugin.sets.recommended).toEqual([vipGoneQuiet]);
  });

  it("flags a VIP silent for longer than the default 60 days, with evidence and options", () => {
    const set = extendRuleSet(ruleSet(), acmePlugin);
    expect(evaluateRules(set, quietVip).findings).toEqual([
      {
        ruleId: "acme/vip-gone-quiet",
        severity: "warn",
        messageId: "vipGoneQuiet",
        message: "VIP customer (lifetime spend 4800) has not bought for 75 days (limit 60)",
        data: { spend: 4800, days: 75, limit: 60 },
        evidence: { lifetimeSpend: 4800, daysSinceLastPurchase: 75 },
        options: { days: 60, minLifetimeSpend: 1000 },
      },
    ]);
  });

  it("does not flag a non-VIP or a VIP within the limit", () => {
    const set = extendRuleSet(ruleSet(), ...acmePlugin.sets.recommended);
    expect(evaluateRules(set, { lifetimeSpend: 999, daysSinceLastPurchase: 400 }).findings).toEqual([]);
    expect(evaluateRules(set, { lifetimeSpend: 5000, daysSinceLastPurchase: 60 }).findings).toEqual([]);
  });

  it("applies a JSON config typed through the RuleCatalog augmentation", () => {
    const set = extendRuleSet(ruleSet(), acmePlugin);
    const strict = parseRuleConfig(JSON.parse('{ "acme/vip-gone-quiet": { "days": 90 } }'));
    expect(evaluateRules(set, quietVip, strict).findings).toEqual([]);
    const off = parseRuleConfig(JSON.parse('{ "acme/vip-gone-quiet": "off" }'));
    expect(evaluateRules(set, quietVip, off).skipped).toEqual(["acme/vip-gone-quiet"]);
  });

  it("rejects invalid options with the rule's schema (days must be a positive integer)", () => {
    const set = extendRuleSet(ruleSet(), acmePlugin);
    const error = expectClienteleError(
      () => evaluateRules(set, quietVip, { "acme/vip-gone-quiet": { days: 0 } }),
      "invalid_input",
    );
    expect(error.issues.map((i) => i.path)).toEqual([["config", "acme/vip-gone-quiet", "days"]]);
  });
});
