import { parseInput } from "../schema/parseInput.ts";
import type { RuleConfig } from "./RuleCatalog.ts";
import { RuleConfigSchema } from "./RuleConfigSchema.ts";

/**
 * Validates the generic shape of a rule configuration loaded at runtime (JSON, a database row) with
 * {@link RuleConfigSchema} and returns it typed as a {@link RuleConfig}, i.e. typed by the
 * {@link RuleCatalog} (core ids plus those plugins declare).
 *
 * @remarks
 * Only the shape is checked here (ids well-formed, each entry `"off"` or an object). The option values
 * and whether each id is in the rule set are checked by {@link evaluateRules}, which throws
 * `invalid_input` or `unknown_rule` with paths like `config["acme/vip-gone-quiet"].days`.
 *
 * @param input - The untrusted configuration.
 * @returns A fresh, typed copy of the configuration.
 * @throws {@link ClienteleInputError} `invalid_input` if `input` is not a record of id → `"off"` | object (paths start with `config`).
 * @example
 * ```ts
 * import { parseRuleConfig } from "clientele/rules";
 * parseRuleConfig(JSON.parse('{"acme/vip-gone-quiet":{"days":30}}')); // => { "acme/vip-gone-quiet": { days: 30 } }
 * // parseRuleConfig({ "Not An Id": "off" }) throws:
 * // parseRuleConfig: invalid input
 * //   ✖ invalid rule id "Not An Id": expected kebab-case id, optionally prefixed by one kebab-case namespace (…) → at config["Not An Id"]
 * ```
 * @category Rules
 */
export function parseRuleConfig(input: unknown): RuleConfig {
  return parseInput("parseRuleConfig", RuleConfigSchema, input, ["config"]) as RuleConfig;
}
