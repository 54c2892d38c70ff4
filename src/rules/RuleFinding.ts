import type { RuleEvidence, RuleMessageData, RuleSeverity } from "./Rule.ts";

/**
 * Severity of a finding: the rule's {@link RuleSeverity}, or `"error"` when the rule itself failed
 * (it threw, returned a promise, or reported a message it cannot render). An `error` finding is a bug
 * in the rule, never a verdict about the customer.
 *
 * @example
 * ```ts
 * import type { FindingSeverity } from "clientele/rules";
 * const severities: FindingSeverity[] = ["info", "warn", "correct", "terminate", "error"];
 * ```
 * @category Rules
 */
export type FindingSeverity = RuleSeverity | "error";

/**
 * One result of {@link evaluateRules}: which rule fired, how serious it is, the rendered message, and
 * the evidence behind it (the facts the rule reported plus the effective options, i.e. the thresholds).
 *
 * @remarks
 * When a rule fails, the finding has severity `"error"`, message id `"ruleError"` and a message that
 * starts with the rule id, e.g. `"acme/x threw: boom"`; `data.error` holds the reason.
 *
 * @typeParam Id - The rule ids of the set that produced the finding.
 * @example
 * ```ts
 * import type { RuleFinding } from "clientele/rules";
 * const finding: RuleFinding<"too-costly"> = {
 *   ruleId: "too-costly",
 *   severity: "correct",
 *   messageId: "costExceedsMargin",
 *   message: "cost 120 exceeds margin 80",
 *   data: { cost: 120, margin: 80 },
 *   evidence: { serviceCost: 120, grossMargin: 80 },
 *   options: { tolerance: 0 },
 * };
 * ```
 * @category Rules
 */
export interface RuleFinding<Id extends string = string> {
  /** Id of the rule that produced the finding. */
  readonly ruleId: Id;
  /** The rule's severity, or `"error"` if the rule failed. */
  readonly severity: FindingSeverity;
  /** Key of the rule's `meta.messages` that was reported (`"ruleError"` for error findings). */
  readonly messageId: string;
  /** The message with its `{{placeholders}}` filled in. */
  readonly message: string;
  /** Placeholder values given by the rule (for error findings: `error`, and `placeholders` if any were missing). */
  readonly data: RuleMessageData;
  /** Facts and values the rule says it used (empty if it gave none). */
  readonly evidence: RuleEvidence;
  /** The effective options the rule ran with (defaults merged with config): the thresholds applied. */
  readonly options: Readonly<Record<string, unknown>>;
}
