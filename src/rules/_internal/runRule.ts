import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { AnyRule, RuleEvidence, RuleMessageData } from "../Rule.ts";
import type { RuleFinding } from "../RuleFinding.ts";
import { interpolateMessage } from "./interpolateMessage.ts";
import { RULE_ERROR_MESSAGE_ID } from "./ruleIssues.ts";

/**
 * Runs one rule on the facts with its effective options and returns its findings, in report order.
 *
 * A report that cannot be rendered (unknown message id, missing placeholder value, data that is not a
 * record of strings and finite numbers, evidence that is not a plain object) becomes an `error` finding
 * in its place. A rule that throws, or returns a promise, yields exactly one `error` finding (its other
 * reports are dropped, as they come from a rule that did not finish). A `report` call after `evaluate`
 * returned throws `domain_error`, unless the rule returned a promise (then it is ignored: the error
 * finding already says the rule is broken).
 *
 * @param fnName - Public function name for the late-report error.
 * @param rule - A valid rule.
 * @param facts - The facts, passed through untouched.
 * @param options - The effective options.
 * @returns Fresh findings.
 * @internal
 */
export function runRule(
  fnName: string,
  rule: AnyRule,
  facts: unknown,
  options: Readonly<Record<string, unknown>>,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  let state: "running" | "done" | "abandoned" = "running";
  // The one closure made per run is passed inline: the finding builders below are module functions, so a
  // set run over 10⁵ records does not allocate (or, under a keep-names transform, rename) three closures per rule.
  try {
    const returned: unknown = rule.evaluate(
      facts,
      options,
      (messageId: unknown, data?: unknown, evidence?: unknown) => {
        if (state === "abandoned") return;
        if (state === "done") {
          throw new ClienteleDomainError(
            "domain_error",
            `${fnName}: rule "${rule.id}" called report() after evaluate() returned; rules must be synchronous`,
          );
        }
        findings.push(reportedFinding(rule, options, messageId, data, evidence));
      },
    );
    // Inside the try: reading `then` of a hostile value (a Proxy) may throw too.
    if (isThenable(returned)) {
      state = "abandoned";
      // The rule broke the synchronous contract; observe the promise so a rejection cannot crash the host.
      returned.then(undefined, () => undefined);
      return [errorFinding(rule, options, "returned a promise: rules must be synchronous")];
    }
  } catch (error) {
    state = "done";
    return [errorFinding(rule, options, `threw: ${errorMessage(error)}`, {}, { error })];
  }
  state = "done";
  return findings;
}

/** The `error` finding that stands for a rule's failure (`reason` follows the rule id in the message). */
function errorFinding(
  rule: AnyRule,
  options: Readonly<Record<string, unknown>>,
  reason: string,
  extra: RuleMessageData = {},
  evidence: RuleEvidence = {},
): RuleFinding {
  return {
    ruleId: rule.id,
    severity: "error",
    messageId: RULE_ERROR_MESSAGE_ID,
    message: `${rule.id} ${reason}`,
    data: { ...extra, error: reason },
    evidence,
    options,
  };
}

/** The finding of one `report()` call, or the `error` finding that says why it cannot be rendered. */
function reportedFinding(
  rule: AnyRule,
  options: Readonly<Record<string, unknown>>,
  messageId: unknown,
  data: unknown,
  evidence: unknown,
): RuleFinding {
  const messages = rule.meta.messages as Readonly<Record<string, string>>;
  if (typeof messageId !== "string" || !Object.hasOwn(messages, messageId)) {
    return errorFinding(rule, options, `reported unknown message id ${describeReceived(messageId)}`, {}, { messageId });
  }
  if (data !== undefined && !isPlainObject(data)) {
    return errorFinding(
      rule,
      options,
      `report("${messageId}") data must be a plain object, received ${describeReceived(data)}`,
    );
  }
  for (const key in data as Record<string, unknown> | undefined) {
    if (!Object.hasOwn(data as object, key)) continue;
    const value = (data as Record<string, unknown>)[key];
    if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value))) {
      return errorFinding(
        rule,
        options,
        `report("${messageId}") data.${key} must be a string or finite number, received ${describeReceived(value)}`,
      );
    }
  }
  if (evidence !== undefined && !isPlainObject(evidence)) {
    return errorFinding(
      rule,
      options,
      `report("${messageId}") evidence must be a plain object, received ${describeReceived(evidence)}`,
    );
  }
  const values = { ...(data as RuleMessageData | undefined) };
  const rendered = interpolateMessage(messages[messageId] as string, values);
  if (!rendered.ok) {
    const names = rendered.missing.map((n) => `{{${n}}}`).join(", ");
    return errorFinding(rule, options, `message "${messageId}" has no value for placeholder ${names}`, {
      messageId,
      placeholders: rendered.missing.join(", "),
    });
  }
  return {
    ruleId: rule.id,
    severity: rule.meta.severity,
    messageId,
    message: rendered.message,
    data: values,
    evidence: { ...(evidence as RuleEvidence | undefined) },
    options,
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** What a rule threw, in words; never throws itself (a `message` getter or a Proxy trap may). */
function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return String(error);
  } catch {
    return typeof error;
  }
}
