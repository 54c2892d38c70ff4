import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { type PreparedRules, prepareRules } from "../../rules/prepareRules.ts";
import type { RuleFinding } from "../../rules/RuleFinding.ts";
import type { RuleRecord, RuleSet } from "../../rules/ruleSet.ts";
import { type CoreTerminationRules, coreTerminationRules, type ProposedAction } from "../coreTerminationRules.ts";
import type { DecideTerminationOptions, TerminationAction, TerminationDecision } from "../decideTermination.ts";
import type { TerminationFacts } from "../TerminationFacts.ts";

let defaultPrepared: PreparedRules<CoreTerminationRules> | undefined;

/**
 * Runs the prepared rules on one customer's facts and derives the decision and its actions.
 *
 * @internal
 */
export function decideOnFacts<Rules extends RuleRecord>(
  fn: string,
  facts: TerminationFacts,
  prepared: PreparedRules<Rules>,
): TerminationDecision<keyof Rules & string> {
  type Id = keyof Rules & string;
  const result = prepared.evaluate(facts as never);
  let terminate = false;
  let correct = false;
  for (const f of result.findings) {
    if (f.severity === "error") {
      throw new ClienteleDomainError("invalid_rule", `${fn}: rule "${f.ruleId}" failed: ${f.message}`, {
        issues: [{ code: "invalid_rule", path: ["rules", f.ruleId], message: f.message }],
      });
    }
    if (f.severity === "terminate") terminate = true;
    else if (f.severity === "correct") correct = true;
  }
  const decision = terminate ? "terminate" : correct ? "correct" : "keep";
  const actions: TerminationAction[] = [];
  if (decision !== "keep") {
    for (const f of result.findings) {
      if (f.severity === decision) collectActions(fn, f, actions);
    }
  }
  return {
    customerId: facts.record.customerId,
    asOf: facts.asOf,
    decision,
    findings: result.findings as readonly RuleFinding<Id>[],
    actions,
    economics: facts.economics,
    corrections: facts.corrections,
    evaluated: result.evaluated as readonly Id[],
    skipped: result.skipped as readonly Id[],
  };
}

/**
 * The prepared rule set: the caller's prepared set, a set prepared with its config, or the core set.
 *
 * @internal
 */
export function resolveRules<Rules extends RuleRecord>(
  fn: string,
  options: Pick<DecideTerminationOptions<Rules>, "rules" | "config">,
): PreparedRules<Rules> {
  const rules = options.rules;
  // A prepared set (from prepareRules) has `evaluate`; a rule set has `rules` and `order`.
  if (isPlainObject(rules) && typeof rules.evaluate === "function" && !("order" in rules)) {
    if (options.config !== undefined) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: [
          {
            code: "custom",
            path: ["options", "config"],
            message: "expected no config with a prepared rule set (it was prepared with its own)",
          },
        ],
      });
    }
    return rules as PreparedRules<Rules>;
  }
  if (rules === undefined && options.config === undefined) {
    defaultPrepared ??= prepareRules(coreTerminationRules);
    return defaultPrepared as unknown as PreparedRules<Rules>;
  }
  const set = (rules ?? coreTerminationRules) as RuleSet<Rules>;
  return prepareRules(set, options.config as never);
}

/** Appends the steps a finding proposes (`evidence.actions`), checking their shape. */
function collectActions(fn: string, f: RuleFinding, out: TerminationAction[]): void {
  const list = f.evidence.actions;
  if (list === undefined) return;
  const ok =
    Array.isArray(list) &&
    list.every(
      (a) =>
        isPlainObject(a) &&
        typeof a.lever === "string" &&
        typeof a.reason === "string" &&
        isPlainObject(a.targets) &&
        Object.values(a.targets).every((v) => typeof v === "number" && Number.isFinite(v)),
    );
  if (!ok) {
    throw new ClienteleDomainError("invalid_rule", `${fn}: rule "${f.ruleId}" proposed malformed actions`, {
      issues: [
        {
          code: "invalid_rule",
          path: ["rules", f.ruleId, "evidence", "actions"],
          message: "expected an array of { lever: string, reason: string, targets: record of finite numbers }",
        },
      ],
    });
  }
  for (const a of list as ProposedAction[]) {
    out.push({ ruleId: f.ruleId, lever: a.lever, reason: a.reason, targets: a.targets });
  }
}
