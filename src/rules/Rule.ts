import type { $ZodType } from "zod/v4/core";

/**
 * How serious a rule's finding is, from least to most:
 *
 * | severity | meaning |
 * |---|---|
 * | `info` | worth knowing; no action implied |
 * | `warn` | watch this customer or relationship |
 * | `correct` | act to fix the relationship first: try price or service changes before anything else |
 * | `terminate` | the relationship should be ended (after any `correct` step has failed) |
 *
 * @example
 * ```ts
 * import type { RuleSeverity } from "clientele/rules";
 * const severity: RuleSeverity = "correct";
 * ```
 * @category Rules
 */
export type RuleSeverity = "info" | "warn" | "correct" | "terminate";

/**
 * Values a rule passes to `report()` to fill the `{{placeholders}}` of its message.
 *
 * @example
 * ```ts
 * import type { RuleMessageData } from "clientele/rules";
 * const data: RuleMessageData = { cost: 120, margin: 80 };
 * ```
 * @category Rules
 */
export type RuleMessageData = Readonly<Record<string, string | number>>;

/**
 * The facts and thresholds a rule used to reach a finding (json-rules-engine's `factResult`), copied
 * into {@link RuleFinding.evidence} so that every finding explains itself.
 *
 * @example
 * ```ts
 * import type { RuleEvidence } from "clientele/rules";
 * const evidence: RuleEvidence = { serviceCost: 120, grossMargin: 80 };
 * ```
 * @category Rules
 */
export type RuleEvidence = Readonly<Record<string, unknown>>;

/**
 * The callback a rule calls once per finding: the message id (a key of `meta.messages`, checked at
 * compile time), the placeholder values, and the evidence used.
 *
 * @example
 * ```ts
 * import type { RuleReport } from "clientele/rules";
 * const log: string[] = [];
 * const report: RuleReport<"costExceedsMargin"> = (messageId) => log.push(messageId);
 * report("costExceedsMargin", { cost: 120, margin: 80 }, { serviceCost: 120 });
 * log; // => ["costExceedsMargin"]
 * ```
 * @category Rules
 */
export type RuleReport<MessageIds extends string> = (
  messageId: MessageIds,
  data?: RuleMessageData,
  evidence?: RuleEvidence,
) => void;

/**
 * Descriptive data of a rule, separate from its logic (ESLint's `meta`).
 *
 * @example
 * ```ts
 * import type { RuleMeta } from "clientele/rules";
 * const meta: RuleMeta<"costExceedsMargin"> = {
 *   description: "Serving the customer costs more than the margin they bring",
 *   severity: "correct",
 *   messages: { costExceedsMargin: "cost {{cost}} exceeds margin {{margin}}" },
 * };
 * ```
 * @category Rules
 */
export interface RuleMeta<MessageIds extends string> {
  /** One line saying what the rule detects; shown in docs and listings. */
  readonly description: string;
  /** Severity given to every finding of the rule (see {@link RuleSeverity}). */
  readonly severity: RuleSeverity;
  /** Message templates by camelCase message id; `{{name}}` placeholders are filled from `report()` data. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /** URL or docs path of the rule's documentation page. */
  readonly docs?: string;
  /** Whether the rule is deprecated (kept for compatibility; see `replacedBy`). */
  readonly deprecated?: boolean;
  /** Ids of the rules that replace a deprecated rule. */
  readonly replacedBy?: readonly string[];
  /** Literature the rule rests on, e.g. `"Berry & Parasuraman (1991), level 2 bonds"`. */
  readonly citation?: string;
}

/**
 * A rule: a pure, synchronous check over some facts, with typed options and message ids. Build one
 * with {@link defineRule} (which infers the type parameters and validates the definition), group rules
 * with {@link ruleSet} and run them with {@link evaluateRules}.
 *
 * @remarks
 * Ids are bare kebab-case for core rules (`too-costly`) and `namespace/kebab` for third-party rules
 * (`acme/vip-gone-quiet`). `evaluate` receives the facts and the effective options (defaults merged with
 * the caller's config and validated with `optionsSchema`) and calls `report` once per finding. It must
 * not mutate its arguments and must not throw to signal "rule fired"; an exception is turned into an
 * `error` finding naming the rule.
 *
 * @typeParam Id - The rule id.
 * @typeParam Facts - What the rule reads.
 * @typeParam Options - The rule's options (thresholds).
 * @typeParam MessageIds - Keys of `meta.messages`.
 * @example
 * ```ts
 * import type { Rule } from "clientele/rules";
 * const alwaysInfo: Rule<"always-info", unknown, Record<string, never>, "hello"> = {
 *   id: "always-info",
 *   meta: { description: "Always reports", severity: "info", messages: { hello: "hello" } },
 *   defaultOptions: {},
 *   evaluate(_facts, _options, report) {
 *     report("hello");
 *   },
 * };
 * ```
 * @category Rules
 */
export interface Rule<Id extends string, Facts, Options, MessageIds extends string> {
  /** Unique id: `kebab-case` (core) or `namespace/kebab-case` (plugins). */
  readonly id: Id;
  /** Description, severity, messages and references. */
  readonly meta: RuleMeta<MessageIds>;
  /** Schema (zod classic or mini) that validates the merged options; the defaults must pass it. */
  readonly optionsSchema?: $ZodType<Options>;
  /** Options used when the caller's config does not override them (a plain object). */
  readonly defaultOptions: Options;
  /**
   * Checks the facts and calls `report` once per finding.
   *
   * @param facts - The facts to check (never mutate them).
   * @param options - Effective options: defaults merged with the caller's config, validated.
   * @param report - Records a finding by message id, with placeholder data and evidence.
   */
  evaluate(facts: Facts, options: Options, report: RuleReport<MessageIds>): void;
}

/**
 * Any rule, whatever its facts, options and messages: the constraint used by rule sets and plugins.
 *
 * @example
 * ```ts
 * import { defineRule, type AnyRule } from "clientele/rules";
 * const rules: AnyRule[] = [
 *   defineRule({
 *     id: "always-info",
 *     meta: { description: "Always reports", severity: "info", messages: { hello: "hello" } },
 *     defaultOptions: {},
 *     evaluate(_facts: unknown, _options, report) {
 *       report("hello");
 *     },
 *   }),
 * ];
 * ```
 * @category Rules
 */
// biome-ignore lint/suspicious/noExplicitAny: rules vary in facts and options; `any` keeps every rule assignable.
export type AnyRule = Rule<string, any, any, string>;

/**
 * The facts type a rule reads.
 *
 * @example
 * ```ts
 * import { defineRule, type FactsOfRule } from "clientele/rules";
 * const r = defineRule({
 *   id: "r",
 *   meta: { description: "d", severity: "info", messages: { m: "m" } },
 *   defaultOptions: {},
 *   evaluate(_facts: { spend: number }, _options, _report) {},
 * });
 * type F = FactsOfRule<typeof r>; // => { spend: number }
 * ```
 * @category Rules
 */
export type FactsOfRule<R> = R extends Rule<string, infer Facts, infer _Options, infer _MessageIds> ? Facts : never;

/**
 * The options type of a rule (what its `defaultOptions` and merged config look like).
 *
 * @example
 * ```ts
 * import { defineRule, type OptionsOfRule } from "clientele/rules";
 * const r = defineRule({
 *   id: "r",
 *   meta: { description: "d", severity: "info", messages: { m: "m" } },
 *   defaultOptions: { days: 90 },
 *   evaluate(_facts: unknown, _options, _report) {},
 * });
 * type O = OptionsOfRule<typeof r>; // => { days: number }
 * ```
 * @category Rules
 */
export type OptionsOfRule<R> = R extends {
  /** The rule's default options, whose type is the rule's options type. */
  readonly defaultOptions: infer Options;
}
  ? Options
  : never;
