import type { AnyRule } from "./Rule.ts";
import type { RuleRecord } from "./ruleSet.ts";

/**
 * Identity of a rule plugin (ESLint's plugin `meta`): package name, version, and the namespace every
 * rule id of the plugin starts with (`acme` → `acme/vip-gone-quiet`).
 *
 * @example
 * ```ts
 * import type { RulePluginMeta } from "clientele/rules";
 * const meta: RulePluginMeta = { name: "clientele-plugin-acme", version: "1.2.0", namespace: "acme" };
 * ```
 * @category Rules
 */
export interface RulePluginMeta<Namespace extends string = string> {
  /** npm package name of the plugin, e.g. `"clientele-plugin-acme"`. */
  readonly name: string;
  /** Version of the plugin, e.g. `"1.2.0"`. */
  readonly version: string;
  /** kebab-case prefix of every rule id in the plugin. */
  readonly namespace: Namespace;
}

/**
 * A third-party bundle of rules (ESLint's plugin object): identity, rules keyed by id, and optional
 * named sets (lists of the plugin's rules, e.g. `recommended`). Build one with {@link definePlugin};
 * add it to a set with `extendRuleSet(base, plugin)` or `extendRuleSet(base, ...plugin.sets.recommended)`.
 *
 * @typeParam Namespace - The plugin's namespace.
 * @typeParam Rules - The plugin's rules by id (every id starts with `${Namespace}/`).
 * @example
 * ```ts
 * import type { RulePlugin } from "clientele/rules";
 * const empty: RulePlugin<"acme", {}> = {
 *   meta: { name: "clientele-plugin-acme", version: "0.0.1", namespace: "acme" },
 *   rules: {},
 * };
 * ```
 * @category Rules
 */
export interface RulePlugin<Namespace extends string = string, Rules extends RuleRecord = RuleRecord> {
  /** Name, version and namespace. */
  readonly meta: RulePluginMeta<Namespace>;
  /** The plugin's rules, keyed by their ids. */
  readonly rules: Rules;
  /** Named lists of the plugin's rules, for users to spread into `extendRuleSet`. */
  readonly sets?: { readonly [name: string]: readonly AnyRule[] };
}
