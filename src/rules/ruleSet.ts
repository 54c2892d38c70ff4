import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { ruleIssues } from "./_internal/ruleIssues.ts";
import type { AnyRule } from "./Rule.ts";

/**
 * Rules keyed by id: the shape of {@link RuleSet.rules}.
 *
 * @example
 * ```ts
 * import type { RuleRecord } from "clientele/rules";
 * const none: RuleRecord = {};
 * ```
 * @category Rules
 */
export type RuleRecord = { readonly [id: string]: AnyRule };

/**
 * The rules of a tuple keyed by their ids, e.g. `{ "too-costly": typeof tooCostly }`.
 *
 * @example
 * ```ts
 * import { defineRule, type RulesById } from "clientele/rules";
 * const r = defineRule({
 *   id: "r",
 *   meta: { description: "d", severity: "info", messages: { m: "m" } },
 *   defaultOptions: {},
 *   evaluate(_facts: unknown, _options, _report) {},
 * });
 * type Rules = RulesById<[typeof r]>; // => { readonly r: typeof r }
 * ```
 * @category Rules
 */
export type RulesById<R extends readonly AnyRule[]> = { readonly [Rule in R[number] as Rule["id"]]: Rule };

/**
 * A rule set: plain data that maps each id to its rule, plus the evaluation order. Build it with
 * {@link ruleSet} or {@link extendRuleSet}; the value and its `rules` and `order` are frozen.
 *
 * @typeParam Rules - The rules by id; {@link evaluateRules} derives the facts and config types from it.
 * @example
 * ```ts
 * import { ruleSet, type RuleSet } from "clientele/rules";
 * const empty: RuleSet<{}> = ruleSet();
 * empty.order; // => []
 * ```
 * @category Rules
 */
export interface RuleSet<Rules extends RuleRecord> {
  /** The rules, keyed by id. */
  readonly rules: Readonly<Rules>;
  /** Rule ids in evaluation order (the order findings come back in). */
  readonly order: readonly (keyof Rules & string)[];
}

/**
 * Groups rules into a {@link RuleSet}. Evaluation follows the order given here.
 *
 * @param rules - The rules (from {@link defineRule} or plugins).
 * @returns A new frozen set typed from the rules.
 * @throws {@link ClienteleDomainError} `invalid_rule` if a rule is malformed (paths `rules[i]…`).
 * @throws {@link ClienteleDomainError} `duplicate_rule` if two rules share an id.
 * @example
 * ```ts
 * import { defineRule, ruleSet } from "clientele/rules";
 * const bigSpender = defineRule({
 *   id: "big-spender",
 *   meta: { description: "Spends a lot", severity: "info", messages: { big: "spent {{spend}}" } },
 *   defaultOptions: { threshold: 1000 },
 *   evaluate(facts: { spend: number }, { threshold }, report) {
 *     if (facts.spend >= threshold) report("big", { spend: facts.spend });
 *   },
 * });
 * ruleSet(bigSpender).order; // => ["big-spender"]
 * ```
 * @category Rules
 */
export function ruleSet<const R extends readonly AnyRule[]>(...rules: R): RuleSet<RulesById<R>> {
  const invalid = rules.flatMap((rule, i) => ruleIssues("ruleSet", rule, ["rules", i]));
  if (invalid.length > 0) throw new ClienteleDomainError("invalid_rule", "ruleSet: invalid rule", { issues: invalid });
  const byId: Record<string, AnyRule> = {};
  const firstIndex = new Map<string, number>();
  const duplicates: ClienteleIssue[] = [];
  rules.forEach((rule, i) => {
    const first = firstIndex.get(rule.id);
    if (first === undefined) {
      firstIndex.set(rule.id, i);
      byId[rule.id] = rule;
    } else {
      duplicates.push({
        code: "duplicate_rule",
        path: ["rules", i, "id"],
        message: `rule id "${rule.id}" is already used by rules[${first}]`,
      });
    }
  });
  if (duplicates.length > 0) {
    throw new ClienteleDomainError("duplicate_rule", "ruleSet: duplicate rule id", { issues: duplicates });
  }
  return Object.freeze({
    rules: Object.freeze(byId) as unknown as Readonly<RulesById<R>>,
    order: Object.freeze([...firstIndex.keys()]) as readonly (keyof RulesById<R> & string)[],
  });
}
