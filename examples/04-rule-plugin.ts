/**
 * Extending the rule engine with a plugin.
 *
 * Run with `npx tsx examples/04-rule-plugin.ts`. It builds a rule set from one rule defined here (a
 * stand-in for a core rule, with a bare id) plus the example plugin `examples/plugins/acme-plugin.ts`,
 * evaluates two customers with a JSON configuration typed through `RuleCatalog`, and prints the findings.
 */
import * as z from "zod/mini";
import {
  defineRule,
  evaluateRules,
  extendRuleSet,
  parseRuleConfig,
  type RuleConfig,
  ruleSet,
} from "../src/rules/index.ts";
import { acmePlugin } from "./plugins/acme-plugin.ts";

// 1. A core-like rule: bare kebab-case id, severity "correct" (fix price or service before anything else).
const lowMargin = defineRule({
  id: "low-margin",
  meta: {
    description: "Serving the customer costs more than the margin they bring",
    severity: "correct",
    messages: { costExceedsMargin: "service cost {{cost}} exceeds gross margin {{margin}}" },
  },
  optionsSchema: z.object({ tolerance: z.number().check(z.gte(0)) }),
  defaultOptions: { tolerance: 0 },
  evaluate(facts: { serviceCost: number; grossMargin: number }, { tolerance }, report) {
    if (facts.serviceCost > facts.grossMargin + tolerance) {
      const evidence = { serviceCost: facts.serviceCost, grossMargin: facts.grossMargin };
      report("costExceedsMargin", { cost: facts.serviceCost, margin: facts.grossMargin }, evidence);
    }
  },
});

// 2. The set: our rule, then every rule of the plugin (ids namespaced `acme/`, checked by extendRuleSet).
const rules = extendRuleSet(ruleSet(lowMargin), acmePlugin);

// 3. A configuration loaded as JSON (e.g. from a database). parseRuleConfig checks its shape and types it
//    as RuleConfig, which knows "acme/vip-gone-quiet" thanks to the plugin's RuleCatalog augmentation.
const config: RuleConfig = parseRuleConfig(JSON.parse('{ "acme/vip-gone-quiet": { "days": 45 } }'));

// 4. Facts for two customers: the facts type is the intersection of both rules' facts.
const customers = [
  { id: "c-001", serviceCost: 40, grossMargin: 120, lifetimeSpend: 4800, daysSinceLastPurchase: 75 },
  { id: "c-002", serviceCost: 150, grossMargin: 90, lifetimeSpend: 300, daysSinceLastPurchase: 10 },
];

for (const { id, ...facts } of customers) {
  const { findings, evaluated } = evaluateRules(rules, facts, config);
  console.log(`${id}: ${findings.length} finding(s) from ${evaluated.join(", ")}`);
  for (const finding of findings) {
    console.log(`  [${finding.severity}] ${finding.ruleId}: ${finding.message}`);
    console.log(`    evidence ${JSON.stringify(finding.evidence)}, options ${JSON.stringify(finding.options)}`);
  }
}
// Prints:
// c-001: 1 finding(s) from low-margin, acme/vip-gone-quiet
//   [warn] acme/vip-gone-quiet: VIP customer (lifetime spend 4800) has not bought for 75 days (limit 45)
//     evidence {"lifetimeSpend":4800,"daysSinceLastPurchase":75}, options {"days":45,"minLifetimeSpend":1000}
// c-002: 1 finding(s) from low-margin, acme/vip-gone-quiet
//   [correct] low-margin: service cost 150 exceeds gross margin 90
//     evidence {"serviceCost":150,"grossMargin":90}, options {"tolerance":0}
