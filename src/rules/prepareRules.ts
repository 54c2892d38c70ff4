import { prepareRulesOf } from "./_internal/prepareRulesOf.ts";
import type { AnyRule } from "./Rule.ts";
import type { RuleSetConfig } from "./RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "./ruleSet.ts";

/**
 * A rule set with its config checked and each rule's options resolved once (from {@link prepareRules}),
 * to run on many customers' facts with {@link runPreparedRules}.
 *
 * @remarks
 * Treat it as opaque: make it with {@link prepareRules}, never by hand (its fields are read as they are).
 *
 * @typeParam Rules - The rules of the set.
 * @example
 * ```ts
 * import { defineRule, prepareRules, type PreparedRules, ruleSet } from "clientele/rules";
 * const quiet = defineRule({
 *   id: "gone-quiet",
 *   meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "quiet for {{days}} days" } },
 *   defaultOptions: { limit: 90 },
 *   evaluate(facts: { days: number }, { limit }, report) {
 *     if (facts.days > limit) report("quiet", { days: facts.days });
 *   },
 * });
 * const prepared: PreparedRules<{ "gone-quiet": typeof quiet }> = prepareRules(ruleSet(quiet));
 * prepared.evaluated; // => ["gone-quiet"]
 * ```
 * @category Rules
 */
export interface PreparedRules<Rules extends RuleRecord> {
  /** Marks a prepared set. */
  readonly kind: "prepared-rules";
  /** The set it was prepared from. */
  readonly set: RuleSet<Rules>;
  /** Ids of the rules that run, in the set's order. */
  readonly evaluated: readonly (keyof Rules & string)[];
  /** Ids of the rules switched `"off"` by the config, in the set's order. */
  readonly skipped: readonly (keyof Rules & string)[];
  /** Each rule that runs with its effective options, in the set's order. */
  readonly plan: readonly PreparedRuleStep[];
}

/**
 * One rule of a {@link PreparedRules} plan with its effective options.
 *
 * @example
 * ```ts
 * import type { PreparedRuleStep } from "clientele/rules";
 * const options = (step: PreparedRuleStep) => step.options;
 * ```
 * @category Rules
 */
export interface PreparedRuleStep {
  /** The rule. */
  readonly rule: AnyRule;
  /** Its defaults merged with the config's overrides, validated. */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * Checks a rule set and its config once and resolves every rule's options, so that the same rules can
 * run on many customers' facts ({@link runPreparedRules}) without validating the config each time.
 * `evaluateRules(set, facts, config)` is `runPreparedRules(prepareRules(set, config), facts)`.
 *
 * @remarks
 * Validating options is most of the cost of a small rule set (zod parses each rule's options): over
 * 100,000 customers, prepare once and run many times.
 *
 * @param set - The rules to run, from {@link ruleSet} or {@link extendRuleSet}.
 * @param config - Per-rule `"off"` or option overrides, typed from the set.
 * @returns The prepared set (frozen).
 * @throws {@link ClienteleDomainError} `unknown_rule` if `config` names an id not in the set.
 * @throws {@link ClienteleInputError} `invalid_input` if `set` is not a rule set, `config` is malformed,
 * or merged options fail validation (path `config["too-costly"].tolerance`).
 * @example
 * ```ts
 * import { defineRule, prepareRules, ruleSet, runPreparedRules } from "clientele/rules";
 * const quiet = defineRule({
 *   id: "gone-quiet",
 *   meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "quiet for {{days}} days" } },
 *   defaultOptions: { limit: 90 },
 *   evaluate(facts: { days: number }, { limit }, report) {
 *     if (facts.days > limit) report("quiet", { days: facts.days });
 *   },
 * });
 * const prepared = prepareRules(ruleSet(quiet), { "gone-quiet": { limit: 30 } });
 * [10, 45, 120].map((days) => runPreparedRules(prepared, { days }).findings.length); // => [0, 1, 1]
 * ```
 * @category Rules
 */
export function prepareRules<Rules extends RuleRecord>(
  set: RuleSet<Rules>,
  config?: NoInfer<RuleSetConfig<Rules>> | undefined,
): PreparedRules<Rules> {
  const p = prepareRulesOf("prepareRules", set, config);
  return Object.freeze({
    kind: p.kind,
    set: p.set,
    evaluated: Object.freeze(p.evaluated),
    skipped: Object.freeze(p.skipped),
    plan: Object.freeze(p.plan.map((step) => Object.freeze(step))),
  });
}
