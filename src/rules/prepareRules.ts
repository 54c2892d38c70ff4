import { planRules } from "./_internal/planRules.ts";
import type { EvaluateRulesResult } from "./evaluateRules.ts";
import type { RuleSetConfig, RuleSetFacts } from "./RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "./ruleSet.ts";

/**
 * A rule set prepared with its config by {@link prepareRules}: `evaluate(facts)` runs it as
 * {@link evaluateRules} would, without checking the set and config again.
 *
 * @typeParam Rules - The rules of the set.
 * @example
 * ```ts
 * import { type PreparedRules, prepareRules, ruleSet } from "clientele/rules";
 * const prepared: PreparedRules<{}> = prepareRules(ruleSet());
 * prepared.evaluate({}).findings; // => []
 * ```
 * @category Rules
 */
export interface PreparedRules<Rules extends RuleRecord> {
  /**
   * Runs every rule not switched off on the facts: the same findings, order and ids as
   * `evaluateRules(set, facts, config)`.
   *
   * @param facts - What the rules read (not mutated).
   * @returns The findings and the ids evaluated and skipped (fresh arrays on each call).
   */
  evaluate(facts: RuleSetFacts<Rules>): EvaluateRulesResult<keyof Rules & string>;
}

/**
 * Checks a rule set and its config once and returns a {@link PreparedRules} that runs the set on many
 * facts — one customer after another — without re-reading the config for each (the config is parsed and
 * every rule's options merged and validated here).
 *
 * @remarks
 * `prepareRules(set, config).evaluate(facts)` equals `evaluateRules(set, facts, config)`; the errors are
 * the same, thrown here (`prepareRules: …`) instead of at the first evaluation. The config is copied:
 * changing it afterwards does not change the prepared set.
 *
 * @param set - The rules, from {@link ruleSet} or {@link extendRuleSet}.
 * @param config - Per-rule `"off"` or option overrides, typed from the set.
 * @returns The prepared set.
 * @throws {@link ClienteleDomainError} `unknown_rule` if `config` names an id not in the set.
 * @throws {@link ClienteleInputError} `invalid_input` if `set` is not a rule set, or `config` or the merged options are invalid (paths `config["id"].option`).
 * @example
 * ```ts
 * import { defineRule, prepareRules, ruleSet } from "clientele/rules";
 * const goneQuiet = defineRule({
 *   id: "gone-quiet",
 *   meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "quiet for {{days}} days" } },
 *   defaultOptions: { limit: 90 },
 *   evaluate(facts: { daysSincePurchase: number }, { limit }, report) {
 *     if (facts.daysSincePurchase > limit) report("quiet", { days: facts.daysSincePurchase });
 *   },
 * });
 * const prepared = prepareRules(ruleSet(goneQuiet), { "gone-quiet": { limit: 100 } });
 * [50, 120].map((d) => prepared.evaluate({ daysSincePurchase: d }).findings.length); // => [0, 1]
 * ```
 * @category Rules
 */
export function prepareRules<Rules extends RuleRecord>(
  set: RuleSet<Rules>,
  config?: NoInfer<RuleSetConfig<Rules>> | undefined,
): PreparedRules<Rules> {
  const plan = planRules<Rules, RuleSetFacts<Rules>>("prepareRules", set, config);
  return { evaluate: (facts) => plan.evaluate(facts) };
}
