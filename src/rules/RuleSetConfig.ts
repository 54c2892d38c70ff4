import type { FactsOfRule, OptionsOfRule } from "./Rule.ts";
import type { RuleRecord } from "./ruleSet.ts";

/**
 * Configuration of a rule set, typed from it: for each rule id, `"off"` to skip the rule or a partial
 * options object merged over its defaults. A wrong id or a wrong option type is a compile error (and,
 * at runtime, `unknown_rule` or `invalid_input` from {@link evaluateRules}).
 *
 * @example
 * ```ts
 * import { defineRule, ruleSet, type RuleSetConfig } from "clientele/rules";
 * const quiet = defineRule({
 *   id: "gone-quiet",
 *   meta: { description: "No purchase lately", severity: "warn", messages: { quiet: "{{days}} days" } },
 *   defaultOptions: { days: 90 },
 *   evaluate(facts: { daysSincePurchase: number }, { days }, report) {
 *     if (facts.daysSincePurchase > days) report("quiet", { days: facts.daysSincePurchase });
 *   },
 * });
 * const set = ruleSet(quiet);
 * const config: RuleSetConfig<typeof set.rules> = { "gone-quiet": { days: 60 } };
 * ```
 * @category Rules
 */
export type RuleSetConfig<Rules extends RuleRecord> = {
  readonly [K in keyof Rules]?: "off" | Partial<OptionsOfRule<Rules[K]>>;
};

/**
 * The facts a rule set needs: the intersection of the facts of all its rules.
 *
 * @example
 * ```ts
 * import { defineRule, ruleSet, type RuleSetFacts } from "clientele/rules";
 * const a = defineRule({
 *   id: "a",
 *   meta: { description: "d", severity: "info", messages: { m: "m" } },
 *   defaultOptions: {},
 *   evaluate(_facts: { spend: number }, _options, _report) {},
 * });
 * const b = defineRule({
 *   id: "b",
 *   meta: { description: "d", severity: "info", messages: { m: "m" } },
 *   defaultOptions: {},
 *   evaluate(_facts: { complaints: number }, _options, _report) {},
 * });
 * const set = ruleSet(a, b);
 * const facts: RuleSetFacts<typeof set.rules> = { spend: 10, complaints: 2 };
 * ```
 * @category Rules
 */
export type RuleSetFacts<Rules extends RuleRecord> = [keyof Rules] extends [never]
  ? unknown
  : { [K in keyof Rules]: (facts: FactsOfRule<Rules[K]>) => void }[keyof Rules] extends (facts: infer Facts) => void
    ? Facts
    : never;
