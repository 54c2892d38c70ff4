/**
 * `clientele/rules`: the rule engine, ESLint-style. Rules are typed values ({@link defineRule}) grouped
 * into sets ({@link ruleSet}, {@link extendRuleSet}) and run with {@link evaluateRules} (or, over many
 * facts, {@link prepareRules}); third parties
 * ship namespaced rules in plugin objects ({@link definePlugin}) and type JSON configs through the
 * {@link RuleCatalog} interface. No global registry: every set is a value you pass.
 *
 * @module rules
 */

export { definePlugin, type NamespacedRules } from "./definePlugin.ts";
export { defineRule } from "./defineRule.ts";
export { type EvaluateRulesResult, evaluateRules } from "./evaluateRules.ts";
export {
  type AddedRules,
  type ExtendedRules,
  type ExtendRuleSetOptions,
  extendRuleSet,
  type RuleSetAddition,
  type RulesOfAddition,
} from "./extendRuleSet.ts";
export { parseRuleConfig } from "./parseRuleConfig.ts";
export { type PreparedRules, prepareRules } from "./prepareRules.ts";
export type {
  AnyRule,
  FactsOfRule,
  OptionsOfRule,
  Rule,
  RuleEvidence,
  RuleMessageData,
  RuleMeta,
  RuleReport,
  RuleSeverity,
} from "./Rule.ts";
export type { RuleCatalog, RuleConfig } from "./RuleCatalog.ts";
export { type RuleConfigInput, RuleConfigSchema } from "./RuleConfigSchema.ts";
export type { FindingSeverity, RuleFinding } from "./RuleFinding.ts";
export type { RulePlugin, RulePluginMeta } from "./RulePlugin.ts";
export type { RuleSetConfig, RuleSetFacts } from "./RuleSetConfig.ts";
export { type RuleRecord, type RuleSet, type RulesById, ruleSet } from "./ruleSet.ts";
