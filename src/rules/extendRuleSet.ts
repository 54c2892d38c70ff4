import { isPlainObject } from "../_lib/isPlainObject.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { formatPath } from "../errors/formatPath.ts";
import { pluginIssues } from "./_internal/pluginIssues.ts";
import { ruleIssues } from "./_internal/ruleIssues.ts";
import type { AnyRule } from "./Rule.ts";
import type { RulePlugin } from "./RulePlugin.ts";
import type { RuleRecord, RuleSet } from "./ruleSet.ts";

const FN = "extendRuleSet";

/**
 * Options of {@link extendRuleSet}.
 *
 * @example
 * ```ts
 * import type { ExtendRuleSetOptions } from "clientele/rules";
 * const replace: ExtendRuleSetOptions = { override: true };
 * ```
 * @category Rules
 */
export interface ExtendRuleSetOptions {
  /** Allow added rules to replace rules of the base set with the same id (default `false`). */
  readonly override?: boolean | undefined;
}

/**
 * What {@link extendRuleSet} accepts after the base set: a rule, or a plugin (all its rules).
 *
 * @example
 * ```ts
 * import type { RuleSetAddition } from "clientele/rules";
 * const additions: RuleSetAddition[] = [];
 * ```
 * @category Rules
 */
export type RuleSetAddition = AnyRule | RulePlugin;

/**
 * The rules contributed by a list of additions, keyed by id.
 *
 * @example
 * ```ts
 * import type { AddedRules } from "clientele/rules";
 * type None = AddedRules<[]>; // => {}
 * ```
 * @category Rules
 */
export type AddedRules<A extends readonly RuleSetAddition[]> = {
  readonly [R in RulesOfAddition<A[number]> as R["id"]]: R;
};

/**
 * Rules of `Base` with those of `Added` added or (same id) replacing them.
 *
 * @example
 * ```ts
 * import type { ExtendedRules } from "clientele/rules";
 * type Both = ExtendedRules<{}, {}>; // => {}
 * ```
 * @category Rules
 */
export type ExtendedRules<Base extends RuleRecord, Added extends RuleRecord> = {
  readonly [K in Exclude<keyof Base, keyof Added>]: Base[K];
} & Added;

/**
 * The rules an addition to {@link extendRuleSet} brings: the rule itself, or every rule of a plugin.
 *
 * @example
 * ```ts
 * import type { RulesOfAddition } from "clientele/rules";
 * type None = RulesOfAddition<string>; // => never
 * ```
 * @category Rules
 */
export type RulesOfAddition<A> = A extends AnyRule
  ? A
  : A extends {
        /** A plugin's rules by id. */
        readonly rules: infer Rules;
      }
    ? Rules[keyof Rules]
    : never;

/**
 * Returns a **new** rule set with rules (or every rule of plugins) added after those of `base`; `base`
 * is not changed.
 *
 * @remarks
 * - An id already in `base` is an error unless `{ override: true }` is passed (as the argument right
 *   after `base`); the replacement keeps the replaced rule's place in the evaluation order. Two additions
 *   with the same id are always an error.
 * - A plugin is checked as by {@link definePlugin}: every rule id must start with `${meta.namespace}/`.
 *   Bare rules are not checked for a namespace (core sets are built this way); a third-party rule should
 *   reach users through a plugin so the check applies.
 *
 * @param base - The set to extend.
 * @param additions - Rules and plugins, in the order their new rules are evaluated.
 * @returns A new frozen set typed with the added rules.
 * @throws {@link ClienteleDomainError} `duplicate_rule` if an added id is already in `base` (without `override`) or is added twice.
 * @throws {@link ClienteleDomainError} `invalid_rule` if a rule or plugin is malformed, or a plugin rule is not namespaced.
 * @throws {@link ClienteleInputError} `invalid_input` if `base` is not a rule set or `override` is not a boolean.
 * @example
 * ```ts
 * import { defineRule, extendRuleSet, ruleSet } from "clientele/rules";
 * const make = <const Id extends string>(id: Id, days: number) =>
 *   defineRule({
 *     id,
 *     meta: { description: "Gone quiet", severity: "warn", messages: { quiet: "no purchase in {{days}} days" } },
 *     defaultOptions: { days },
 *     evaluate(facts: { daysSincePurchase: number }, options, report) {
 *       if (facts.daysSincePurchase > options.days) report("quiet", { days: options.days });
 *     },
 *   });
 * const base = ruleSet(make("gone-quiet", 90));
 * extendRuleSet(base, make("acme/vip-gone-quiet", 30)).order; // => ["gone-quiet", "acme/vip-gone-quiet"]
 * extendRuleSet(base, { override: true }, make("gone-quiet", 60)).rules["gone-quiet"].defaultOptions; // => { days: 60 }
 * // extendRuleSet(base, make("gone-quiet", 60)) throws duplicate_rule
 * ```
 * @category Rules
 */
export function extendRuleSet<Base extends RuleRecord, const A extends readonly RuleSetAddition[]>(
  base: RuleSet<Base>,
  ...additions: A
): RuleSet<ExtendedRules<Base, AddedRules<A>>>;
export function extendRuleSet<Base extends RuleRecord, const A extends readonly RuleSetAddition[]>(
  base: RuleSet<Base>,
  options: ExtendRuleSetOptions,
  ...additions: A
): RuleSet<ExtendedRules<Base, AddedRules<A>>>;
export function extendRuleSet(base: RuleSet<RuleRecord>, ...args: readonly unknown[]): RuleSet<RuleRecord> {
  const first = args[0];
  const hasOptions =
    isPlainObject(first) && !("id" in first || "meta" in first || "evaluate" in first || "rules" in first);
  const options = hasOptions ? (first as ExtendRuleSetOptions) : {};
  const additions = hasOptions ? args.slice(1) : args;
  checkInputs(base, options);

  const added: { rule: AnyRule; path: (string | number)[] }[] = [];
  const invalid: ClienteleIssue[] = [];
  additions.forEach((addition, k) => {
    const path = ["additions", k];
    if (isPlainObject(addition) && "rules" in addition && !("evaluate" in addition)) {
      const issues = pluginIssues(FN, addition, path);
      invalid.push(...issues);
      if (issues.length === 0) {
        for (const [id, rule] of Object.entries((addition as unknown as RulePlugin).rules)) {
          added.push({ rule, path: [...path, "rules", id] });
        }
      }
    } else {
      const issues = ruleIssues(FN, addition, path);
      invalid.push(...issues);
      if (issues.length === 0) added.push({ rule: addition as AnyRule, path });
    }
  });
  if (invalid.length > 0) {
    throw new ClienteleDomainError("invalid_rule", `${FN}: invalid rule or plugin`, { issues: invalid });
  }

  const rules: Record<string, AnyRule> = { ...base.rules };
  const order: string[] = [...base.order];
  const seen = new Map<string, string>();
  const duplicates: ClienteleIssue[] = [];
  for (const { rule, path } of added) {
    const previous = seen.get(rule.id);
    const where = [...path, "id"];
    if (previous !== undefined) {
      duplicates.push({
        code: "duplicate_rule",
        path: where,
        message: `rule id "${rule.id}" is also added at ${previous}`,
      });
      continue;
    }
    seen.set(rule.id, formatPath(path));
    if (Object.hasOwn(base.rules, rule.id)) {
      if (options.override !== true) {
        duplicates.push({
          code: "duplicate_rule",
          path: where,
          message: `rule id "${rule.id}" is already in the base set; pass { override: true } to replace it`,
        });
        continue;
      }
    } else {
      order.push(rule.id);
    }
    rules[rule.id] = rule;
  }
  if (duplicates.length > 0)
    throw new ClienteleDomainError("duplicate_rule", `${FN}: duplicate rule id`, { issues: duplicates });
  return Object.freeze({ rules: Object.freeze(rules), order: Object.freeze(order) });
}

function checkInputs(base: unknown, options: ExtendRuleSetOptions): void {
  const issues: ClienteleIssue[] = [];
  const b = base as Partial<RuleSet<RuleRecord>> | null;
  if (!isPlainObject(b) || !isPlainObject(b.rules) || !Array.isArray(b.order)) {
    issues.push({ code: "invalid_type", path: ["base"], message: "expected rule set { rules, order } from ruleSet()" });
  }
  if (options.override !== undefined && typeof options.override !== "boolean") {
    issues.push({
      code: "invalid_type",
      path: ["options", "override"],
      message: `expected boolean, received ${typeof options.override}`,
    });
  }
  if (issues.length > 0) throw new ClienteleInputError(`${FN}: invalid input`, { issues });
}
