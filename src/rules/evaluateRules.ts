import { planRules } from "./_internal/planRules.ts";
import type { RuleFinding } from "./RuleFinding.ts";
import type { RuleSetConfig, RuleSetFacts } from "./RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "./ruleSet.ts";

const FN = "evaluateRules";

/**
 * Result of {@link evaluateRules}.
 *
 * @typeParam Id - The rule ids of the set.
 * @example
 * ```ts
 * import type { EvaluateRulesResult } from "clientele/rules";
 * const nothing: EvaluateRulesResult = { findings: [], evaluated: [], skipped: [] };
 * ```
 * @category Rules
 */
export interface EvaluateRulesResult<Id extends string = string> {
  /** Every finding, most severe first (`error`, `terminate`, `correct`, `warn`, `info`), then by rule id, then in report order. */
  readonly findings: readonly RuleFinding<Id>[];
  /** Ids of the rules that ran, in the set's order. */
  readonly evaluated: readonly Id[];
  /** Ids of the rules switched `"off"` by the config, in the set's order. */
  readonly skipped: readonly Id[];
}

/**
 * Runs every rule of a set on the facts and collects the findings.
 *
 * @remarks
 * - `config` maps rule ids to `"off"` (skip the rule) or a partial options object, merged over the
 *   rule's `defaultOptions` and validated with its `optionsSchema` (without a schema: only keys of the
 *   defaults, with the same types). All options are validated before any rule runs.
 * - Order is deterministic and independent of the set's order: most severe first (`error`, `terminate`,
 *   `correct`, `warn`, `info`), then by rule id (code-unit order), then each rule's reports in order.
 * - Each finding carries the rule's severity, the interpolated message, the `data` and `evidence` the
 *   rule reported, and the effective `options` (the thresholds applied).
 * - A failing rule does not stop the evaluation: a rule that throws (or returns a promise) gives one
 *   finding with severity `"error"` and message `"<id> threw: <reason>"`; a report with an unknown
 *   message id or a missing `{{placeholder}}` value becomes an `"error"` finding naming the rule.
 * - Neither `facts` nor `config` is mutated (rules must not mutate `facts` either).
 *
 * @param set - The rules to run, from {@link ruleSet} or {@link extendRuleSet}.
 * @param facts - What the rules read (the intersection of every rule's facts type).
 * @param config - Per-rule `"off"` or option overrides, typed from the set.
 * @returns The findings and the ids evaluated and skipped.
 * @throws {@link ClienteleDomainError} `unknown_rule` if `config` names an id not in the set (path `config["id"]`).
 * @throws {@link ClienteleInputError} `invalid_input` if `config` is not a record of `"off"` | object, or merged options fail validation (path `config["too-costly"].tolerance`).
 * @example
 * ```ts
 * import { defineRule, evaluateRules, ruleSet } from "clientele/rules";
 * const goneQuiet = defineRule({
 *   id: "gone-quiet",
 *   meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "no purchase for {{days}} days (limit {{limit}})" } },
 *   defaultOptions: { limit: 90 },
 *   evaluate(facts: { daysSincePurchase: number }, { limit }, report) {
 *     if (facts.daysSincePurchase > limit) report("quiet", { days: facts.daysSincePurchase, limit }, facts);
 *   },
 * });
 * const set = ruleSet(goneQuiet);
 * evaluateRules(set, { daysSincePurchase: 120 }).findings[0]?.message; // => "no purchase for 120 days (limit 90)"
 * evaluateRules(set, { daysSincePurchase: 120 }, { "gone-quiet": { limit: 180 } }).findings; // => []
 * evaluateRules(set, { daysSincePurchase: 120 }, { "gone-quiet": "off" }).skipped; // => ["gone-quiet"]
 * ```
 * @category Rules
 */
export function evaluateRules<Rules extends RuleRecord>(
  set: RuleSet<Rules>,
  facts: NoInfer<RuleSetFacts<Rules>>,
  config?: NoInfer<RuleSetConfig<Rules>> | undefined,
): EvaluateRulesResult<keyof Rules & string> {
  return planRules(FN, set, config).evaluate(facts as RuleSetFacts<Rules>);
}
