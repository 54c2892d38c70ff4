import { isPlainObject } from "../_lib/isPlainObject.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { runRule } from "./_internal/runRule.ts";
import type { EvaluateRulesResult } from "./evaluateRules.ts";
import type { PreparedRules } from "./prepareRules.ts";
import type { FindingSeverity, RuleFinding } from "./RuleFinding.ts";
import type { RuleSetFacts } from "./RuleSetConfig.ts";
import type { RuleRecord } from "./ruleSet.ts";

/** Finding order: most severe first. `Array.prototype.sort` is stable, so report order survives ties. */
const SEVERITY_RANK: Readonly<Record<FindingSeverity, number>> = {
  error: 0,
  terminate: 1,
  correct: 2,
  warn: 3,
  info: 4,
};

/**
 * Runs a prepared rule set ({@link prepareRules}) on one customer's facts: the same findings, order and
 * error handling as {@link evaluateRules}.
 *
 * @param prepared - From {@link prepareRules}.
 * @param facts - What the rules read.
 * @returns The findings and the ids evaluated and skipped.
 * @throws {@link ClienteleInputError} `invalid_input` if `prepared` is not from {@link prepareRules}.
 * @example
 * ```ts
 * import { defineRule, prepareRules, ruleSet, runPreparedRules } from "clientele/rules";
 * const big = defineRule({
 *   id: "big-spender",
 *   meta: { description: "Spends a lot", severity: "info", messages: { big: "spent {{amount}}" } },
 *   defaultOptions: { atLeast: 1000 },
 *   evaluate(facts: { amount: number }, { atLeast }, report) {
 *     if (facts.amount >= atLeast) report("big", { amount: facts.amount });
 *   },
 * });
 * const prepared = prepareRules(ruleSet(big));
 * runPreparedRules(prepared, { amount: 1500 }).findings[0]?.message; // => "spent 1500"
 * ```
 * @category Rules
 */
export function runPreparedRules<Rules extends RuleRecord>(
  prepared: PreparedRules<Rules>,
  facts: NoInfer<RuleSetFacts<Rules>>,
): EvaluateRulesResult<keyof Rules & string> {
  type Id = keyof Rules & string;
  if (!isPlainObject(prepared) || prepared.kind !== "prepared-rules" || !Array.isArray(prepared.plan)) {
    throw new ClienteleInputError("runPreparedRules: invalid input", {
      issues: [
        { code: "invalid_type", path: ["prepared"], message: "expected a prepared rule set from prepareRules()" },
      ],
    });
  }
  const findings: RuleFinding<Id>[] = [];
  for (const { rule, options } of prepared.plan) {
    // One by one: a rule may report any number of times (spreading 10⁵ findings overflows the stack).
    for (const finding of runRule("evaluateRules", rule, facts, options)) findings.push(finding as RuleFinding<Id>);
  }
  if (findings.length > 1) {
    findings.sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
  }
  return { findings, evaluated: prepared.evaluated, skipped: prepared.skipped };
}
