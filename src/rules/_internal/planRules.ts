import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { EvaluateRulesResult } from "../evaluateRules.ts";
import type { AnyRule } from "../Rule.ts";
import { RuleConfigSchema } from "../RuleConfigSchema.ts";
import type { FindingSeverity, RuleFinding } from "../RuleFinding.ts";
import type { RuleRecord, RuleSet } from "../ruleSet.ts";
import { resolveRuleOptions } from "./resolveRuleOptions.ts";
import { runRule } from "./runRule.ts";

/** Finding order: most severe first. `Array.prototype.sort` is stable, so report order survives ties. */
const SEVERITY_RANK: Readonly<Record<FindingSeverity, number>> = {
  error: 0,
  terminate: 1,
  correct: 2,
  warn: 3,
  info: 4,
};

/**
 * A set checked against its config, with every rule's effective options resolved: what `evaluateRules`
 * does before running any rule, kept so that many facts can be run without doing it again.
 *
 * @internal
 */
export interface RulePlan<Id extends string, Facts> {
  /** Runs the planned rules on the facts (neither is mutated). */
  evaluate(facts: Facts): EvaluateRulesResult<Id>;
}

/**
 * Checks the set's shape and the config (unknown ids, entry shapes, option values), resolves the
 * options of every rule not switched off, and returns the plan.
 *
 * @param fnName - The public function, first word of error messages.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad set, config or options (paths `set`, `config[…]`).
 * @throws {@link ClienteleDomainError} `unknown_rule` if the config names an id not in the set.
 * @internal
 */
export function planRules<Rules extends RuleRecord, Facts>(
  fnName: string,
  set: RuleSet<Rules>,
  config: unknown,
): RulePlan<keyof Rules & string, Facts> {
  type Id = keyof Rules & string;
  if (
    !isPlainObject(set) ||
    !isPlainObject(set.rules) ||
    !Array.isArray(set.order) ||
    !set.order.every((id) => typeof id === "string" && Object.hasOwn(set.rules, id) && isRuleShaped(set.rules[id], id))
  ) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["set"], message: "expected rule set { rules, order } from ruleSet()" }],
    });
  }
  const entries = readConfig(fnName, set as RuleSet<RuleRecord>, config);
  const planned: { id: Id; rule: AnyRule; options: Readonly<Record<string, unknown>> }[] = [];
  const skipped: Id[] = [];
  const invalid: ClienteleIssue[] = [];
  for (const id of set.order) {
    const rule = set.rules[id] as AnyRule;
    const entry = entries[id];
    if (entry === "off") {
      skipped.push(id);
      continue;
    }
    const resolved = resolveRuleOptions(fnName, rule, entry, ["config", id]);
    if (resolved.ok) planned.push({ id, rule, options: resolved.options });
    else invalid.push(...resolved.issues);
  }
  if (invalid.length > 0) throw new ClienteleInputError(`${fnName}: invalid rule options`, { issues: invalid });
  const evaluated = planned.map((p) => p.id);
  return {
    evaluate(facts) {
      const findings: RuleFinding<Id>[] = [];
      for (let i = 0; i < planned.length; i++) {
        const { rule, options } = planned[i]!;
        // One by one: a rule may report any number of times (spreading 10⁵ findings overflows the stack).
        for (const finding of runRule(fnName, rule, facts, options)) findings.push(finding as RuleFinding<Id>);
      }
      if (findings.length > 1) {
        findings.sort(
          (a, b) =>
            SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
            (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
        );
      }
      return { findings, evaluated: evaluated.slice(), skipped: skipped.slice() };
    },
  };
}

/** Checks the config against the set (unknown ids first, then the entry shapes) and returns a parsed copy. */
function readConfig(
  fnName: string,
  set: RuleSet<RuleRecord>,
  config: unknown,
): Readonly<Record<string, "off" | Readonly<Record<string, unknown>>>> {
  if (config === undefined) return {};
  if (isPlainObject(config)) {
    const unknownIds = Object.keys(config).filter((id) => !Object.hasOwn(set.rules, id));
    if (unknownIds.length > 0) {
      const known = set.order.length === 0 ? "the set is empty" : `known ids: ${set.order.join(", ")}`;
      throw new ClienteleDomainError(
        "unknown_rule",
        `${fnName}: config names ${unknownIds.length === 1 ? "a rule" : "rules"} not in the set (${known})`,
        {
          issues: unknownIds.map((id) => ({
            code: "unknown_rule",
            path: ["config", id],
            message: `unknown rule id ${JSON.stringify(id)}`,
          })),
        },
      );
    }
  }
  return parseInput(fnName, RuleConfigSchema, config, ["config"]);
}

/**
 * The shape `runRule` relies on (a hand-made set may hold anything): an object with this id, an
 * `evaluate` function and `meta.messages` and `meta.severity`. Cheap, so it runs on every evaluation;
 * `defineRule` and `ruleSet` check rules fully when the set is built.
 */
function isRuleShaped(rule: unknown, id: string): boolean {
  if (!isPlainObject(rule) || rule.id !== id || typeof rule.evaluate !== "function") return false;
  const meta = rule.meta;
  return isPlainObject(meta) && isPlainObject(meta.messages) && typeof meta.severity === "string";
}
