import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { PreparedRules } from "../prepareRules.ts";
import type { AnyRule } from "../Rule.ts";
import { RuleConfigSchema } from "../RuleConfigSchema.ts";
import type { RuleRecord, RuleSet } from "../ruleSet.ts";
import { resolveRuleOptions } from "./resolveRuleOptions.ts";

/**
 * Validates the set and config and resolves every rule's options (the work of
 * `prepareRules` and `evaluateRules`, named by `fn` in errors).
 *
 * @internal
 */
export function prepareRulesOf<Rules extends RuleRecord>(
  fn: string,
  set: RuleSet<Rules>,
  config: unknown,
): PreparedRules<Rules> {
  type Id = keyof Rules & string;
  if (
    !isPlainObject(set) ||
    !isPlainObject(set.rules) ||
    !Array.isArray(set.order) ||
    !set.order.every((id) => typeof id === "string" && Object.hasOwn(set.rules, id) && isRuleShaped(set.rules[id], id))
  ) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["set"], message: "expected rule set { rules, order } from ruleSet()" }],
    });
  }
  const entries = readConfig(fn, set, config);
  const plan: { rule: AnyRule; options: Readonly<Record<string, unknown>> }[] = [];
  const evaluated: Id[] = [];
  const skipped: Id[] = [];
  const invalid: ClienteleIssue[] = [];
  for (const id of set.order) {
    const rule = set.rules[id] as AnyRule;
    const entry = entries[id];
    if (entry === "off") {
      skipped.push(id);
      continue;
    }
    const resolved = resolveRuleOptions(fn, rule, entry, ["config", id]);
    if (resolved.ok) {
      plan.push({ rule, options: resolved.options });
      evaluated.push(id);
    } else invalid.push(...resolved.issues);
  }
  if (invalid.length > 0) throw new ClienteleInputError(`${fn}: invalid rule options`, { issues: invalid });
  // Not frozen here: evaluateRules prepares per call and drops the plan at once; prepareRules freezes it.
  return { kind: "prepared-rules", set, evaluated, skipped, plan };
}

/** Checks the config against the set (unknown ids first, then the entry shapes) and returns a parsed copy. */
function readConfig(
  fn: string,
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
        `${fn}: config names ${unknownIds.length === 1 ? "a rule" : "rules"} not in the set (${known})`,
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
  return parseInput(fn, RuleConfigSchema, config, ["config"]);
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
