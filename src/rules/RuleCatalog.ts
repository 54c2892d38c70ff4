/**
 * Open catalogue of rule ids and their option types, for typing configs written **without** a rule-set
 * value at hand (e.g. JSON loaded from a database; see {@link RuleConfig} and {@link parseRuleConfig}).
 * Empty in the core for now; plugins add their ids by declaration merging (ESLint's `ESLintRules`, zod's
 * `GlobalMeta`).
 *
 * @remarks
 * Types only: there is no runtime registry. Rules still run only when passed as values in a rule set.
 *
 * @example
 * ```ts
 * // in a plugin's type declarations
 * declare module "clientele/rules" {
 *   interface RuleCatalog {
 *     "acme/vip-gone-quiet": { days: number; minSpend: number };
 *   }
 * }
 * ```
 * @category Rules
 */
// biome-ignore lint/suspicious/noEmptyInterface: an interface (not a type) so plugins can merge ids into it.
export interface RuleCatalog {}

/**
 * A rule configuration typed from {@link RuleCatalog}: for each catalogued id, `"off"` or a partial
 * options object. Ids not in the catalogue are compile errors (the catalogue is strict on purpose: augment
 * it to type a plugin's ids).
 *
 * @example
 * ```ts
 * import type { RuleConfig } from "clientele/rules";
 * const config: RuleConfig = {}; // with a plugin's augmentation: { "acme/vip-gone-quiet": { days: 30 } }
 * ```
 * @category Rules
 */
export type RuleConfig = { readonly [K in keyof RuleCatalog]?: "off" | Partial<RuleCatalog[K]> };
