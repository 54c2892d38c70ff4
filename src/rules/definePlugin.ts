import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { pluginIssues } from "./_internal/pluginIssues.ts";
import type { RulePlugin } from "./RulePlugin.ts";

/**
 * Compile-time check of a plugin's rules: each key must start with `${namespace}/` and equal its
 * rule's `id`; a rule that breaks this becomes `never`, so the definition fails to compile.
 *
 * @example
 * ```ts
 * import type { NamespacedRules } from "clientele/rules";
 * type Ok = NamespacedRules<{ meta: { namespace: "acme" }; rules: {} }>; // => { readonly rules: {} }
 * ```
 * @category Rules
 */
export type NamespacedRules<
  P extends {
    /** The plugin's meta, with its namespace. */
    readonly meta: {
      /** Prefix every rule id must start with, followed by `/`. */
      readonly namespace: string;
    };
    /** The plugin's rules by id. */
    readonly rules: object;
  },
> = {
  /** Each rule, or `never` when its key breaks the namespace or differs from its `id`. */
  readonly rules: {
    readonly [K in keyof P["rules"]]: K extends `${P["meta"]["namespace"]}/${string}`
      ? P["rules"][K] & {
          /** Must equal the key. */
          readonly id: K;
        }
      : never;
  };
};

/**
 * Defines a rule plugin (ESLint-style plugin object): checks it and returns it unchanged, with its
 * exact type kept so `extendRuleSet(base, plugin)` types every added rule.
 *
 * @remarks
 * Every rule id must start with `${meta.namespace}/` and equal its key in `rules` (checked at compile
 * time and at runtime); `sets` may only list the plugin's own rules. Core ids are bare, so a plugin
 * can never shadow a core rule by accident.
 *
 * @param plugin - `{ meta: { name, version, namespace }, rules, sets? }`.
 * @returns The same plugin object.
 * @throws {@link ClienteleDomainError} `invalid_rule` listing every problem (paths like `rules["acme/x"].id`).
 * @example
 * ```ts
 * import { defineRule, definePlugin } from "clientele/rules";
 * const vipGoneQuiet = defineRule({
 *   id: "acme/vip-gone-quiet",
 *   meta: { description: "VIP silent", severity: "warn", messages: { quiet: "quiet for {{days}} days" } },
 *   defaultOptions: { days: 60 },
 *   evaluate(facts: { isVip: boolean; daysSincePurchase: number }, { days }, report) {
 *     if (facts.isVip && facts.daysSincePurchase > days) report("quiet", { days: facts.daysSincePurchase });
 *   },
 * });
 * const acme = definePlugin({
 *   meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
 *   rules: { "acme/vip-gone-quiet": vipGoneQuiet },
 *   sets: { recommended: [vipGoneQuiet] },
 * });
 * acme.meta.namespace; // => "acme"
 * ```
 * @category Rules
 */
export function definePlugin<const P extends RulePlugin>(plugin: P & NamespacedRules<P>): P {
  const issues = pluginIssues("definePlugin", plugin);
  if (issues.length > 0) {
    const name = (plugin as { meta?: { name?: unknown } } | null)?.meta?.name;
    const label = typeof name === "string" ? ` "${name}"` : "";
    throw new ClienteleDomainError("invalid_rule", `definePlugin: invalid plugin${label}`, { issues });
  }
  return plugin;
}
