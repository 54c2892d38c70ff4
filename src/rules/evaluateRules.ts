import { isPlainObject } from "../_lib/isPlainObject.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { parseInput } from "../schema/parseInput.ts";
import { resolveRuleOptions } from "./_internal/resolveRuleOptions.ts";
import { runRule } from "./_internal/runRule.ts";
import type { AnyRule } from "./Rule.ts";
import { RuleConfigSchema } from "./RuleConfigSchema.ts";
import type { FindingSeverity, RuleFinding } from "./RuleFinding.ts";
import type { RuleSetConfig, RuleSetFacts } from "./RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "./ruleSet.ts";

const FN = "evaluateRules";

/** Finding order: most severe first. `Array.prototype.sort` is stable, so report order survives ties. */
const SEVERITY_RANK: Readonly<Record<FindingSeverity, number>> = {
  error: 0,
  terminate: 1,
  correct: 2,
  warn: 3,
  info: 4,
};

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
  type Id = keyof Rules & string;
  if (
    !isPlainObject(set) ||
    !isPlainObject(set.rules) ||
    !Array.isArray(set.order) ||
    !set.order.every((id) => typeof id === "string" && Object.hasOwn(set.rules, id) && isRuleShaped(set.rules[id], id))
  ) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["set"], message: "expected rule set { rules, order } from ruleSet()" }],
    });
  }
  const entries = readConfig(set, config);
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
    const resolved = resolveRuleOptions(FN, rule, entry, ["config", id]);
    if (resolved.ok) planned.push({ id, rule, options: resolved.options });
    else invalid.push(...resolved.issues);
  }
  if (invalid.length > 0) throw new ClienteleInputError(`${FN}: invalid rule options`, { issues: invalid });
  const findings: RuleFinding<Id>[] = [];
  for (const { rule, options } of planned) {
    // One by one: a rule may report any number of times (spreading 10⁵ findings overflows the stack).
    for (const finding of runRule(FN, rule, facts, options)) findings.push(finding as RuleFinding<Id>);
  }
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return { findings, evaluated: planned.map((p) => p.id), skipped };
}

/** Checks the config against the set (unknown ids first, then the entry shapes) and returns a parsed copy. */
function readConfig(
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
        `${FN}: config names ${unknownIds.length === 1 ? "a rule" : "rules"} not in the set (${known})`,
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
  return parseInput(FN, RuleConfigSchema, config, ["config"]);
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
