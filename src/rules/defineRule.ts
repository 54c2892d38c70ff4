import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { ruleIssues } from "./_internal/ruleIssues.ts";
import type { Rule } from "./Rule.ts";

/**
 * Defines a rule: checks the definition and returns it unchanged, with its id, facts, options and
 * message ids inferred (typescript-eslint's `RuleCreator`), so `report("typo")` and a wrong option in a
 * config are compile errors.
 *
 * @remarks
 * Annotate the `facts` parameter of `evaluate`; the options type comes from `optionsSchema` (when
 * given) or from `defaultOptions`. The check runs once, here: id grammar (`kebab-case` or
 * `namespace/kebab-case`), a non-empty description, a known severity, at least one camelCase message
 * (`ruleError` is reserved), plain-object `defaultOptions` that pass `optionsSchema`.
 *
 * @param rule - The rule definition.
 * @returns The same rule object.
 * @throws {@link ClienteleDomainError} `invalid_rule` listing every problem with its path (e.g. `meta.messages`).
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { defineRule } from "clientele/rules";
 * const tooCostly = defineRule({
 *   id: "too-costly",
 *   meta: {
 *     description: "Serving the customer costs more than the margin they bring",
 *     severity: "correct",
 *     messages: { costExceedsMargin: "cost {{cost}} exceeds margin {{margin}}" },
 *   },
 *   optionsSchema: z.object({ tolerance: z.number().check(z.gte(0)) }),
 *   defaultOptions: { tolerance: 0 },
 *   evaluate(facts: { serviceCost: number; grossMargin: number }, { tolerance }, report) {
 *     if (facts.serviceCost > facts.grossMargin + tolerance) {
 *       report("costExceedsMargin", { cost: facts.serviceCost, margin: facts.grossMargin }, facts);
 *     }
 *   },
 * });
 * tooCostly.id; // => "too-costly"
 * ```
 * @category Rules
 */
export function defineRule<const Id extends string, Facts, Options, const MessageIds extends string>(
  rule: Rule<Id, Facts, Options, MessageIds>,
): Rule<Id, Facts, Options, MessageIds> {
  const issues = ruleIssues("defineRule", rule);
  if (issues.length > 0) {
    const id = (rule as { id?: unknown } | null)?.id;
    const name = typeof id === "string" ? ` "${id}"` : "";
    throw new ClienteleDomainError("invalid_rule", `defineRule: invalid rule${name}`, { issues });
  }
  return rule;
}
