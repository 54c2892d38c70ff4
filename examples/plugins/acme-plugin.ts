/**
 * Example third-party rule plugin: `clientele-plugin-acme`, namespace `acme`.
 *
 * It shows everything a plugin package contains:
 * 1. a rule defined with `defineRule`, whose id is prefixed with the plugin's namespace
 *    (`acme/vip-gone-quiet`), with an options schema (zod mini), default options and messages
 *    with `{{placeholders}}`;
 * 2. the plugin object built with `definePlugin({ meta, rules, sets })`, which checks at compile
 *    time and at runtime that every id starts with `acme/`;
 * 3. a `RuleCatalog` augmentation, so configs written without the rule set at hand (JSON loaded
 *    from a database) are typed.
 *
 * A published plugin imports from `"clientele/rules"` and augments `declare module "clientele/rules"`;
 * this example lives inside the repository, so it uses the relative path of the same module.
 *
 * Users add it to a rule set with `extendRuleSet(coreRules, acmePlugin)` (all rules) or
 * `extendRuleSet(coreRules, ...acmePlugin.sets.recommended)` (a named selection).
 */
import * as z from "zod/mini";
import { definePlugin, defineRule } from "../../src/rules/index.ts";

/** Facts the rule reads about one customer. */
export interface VipActivityFacts {
  /** Total margin-bearing spend of the customer so far. */
  readonly lifetimeSpend: number;
  /** Days since the customer's last purchase, as of the evaluation date. */
  readonly daysSinceLastPurchase: number;
}

/** Options of `acme/vip-gone-quiet`, validated with {@link vipGoneQuietOptionsSchema}. */
export const vipGoneQuietOptionsSchema = /* @__PURE__ */ z.object({
  /** Days of silence after which a VIP is flagged (whole days, at least 1). */
  days: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.positive()),
  /** Lifetime spend from which a customer counts as a VIP. */
  minLifetimeSpend: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
});

/** Options type of `acme/vip-gone-quiet`. */
export type VipGoneQuietOptions = z.output<typeof vipGoneQuietOptionsSchema>;

/**
 * `acme/vip-gone-quiet` (severity `warn`): a VIP customer (lifetime spend ≥ `minLifetimeSpend`, default
 * 1000) has not bought for more than `days` days (default 60).
 */
export const vipGoneQuiet = /* @__PURE__ */ defineRule({
  id: "acme/vip-gone-quiet",
  meta: {
    description: "A VIP customer has stopped buying",
    severity: "warn",
    messages: {
      vipGoneQuiet: "VIP customer (lifetime spend {{spend}}) has not bought for {{days}} days (limit {{limit}})",
    },
    docs: "https://example.com/clientele-plugin-acme/rules/vip-gone-quiet",
  },
  optionsSchema: vipGoneQuietOptionsSchema,
  defaultOptions: { days: 60, minLifetimeSpend: 1000 },
  evaluate(facts: VipActivityFacts, { days, minLifetimeSpend }, report) {
    if (facts.lifetimeSpend >= minLifetimeSpend && facts.daysSinceLastPurchase > days) {
      report(
        "vipGoneQuiet",
        { spend: facts.lifetimeSpend, days: facts.daysSinceLastPurchase, limit: days },
        { lifetimeSpend: facts.lifetimeSpend, daysSinceLastPurchase: facts.daysSinceLastPurchase },
      );
    }
  },
});

/** The plugin object: identity, rules keyed by id, and a `recommended` selection. */
export const acmePlugin = /* @__PURE__ */ definePlugin({
  meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
  rules: { "acme/vip-gone-quiet": vipGoneQuiet },
  sets: { recommended: [vipGoneQuiet] },
});

export default acmePlugin;

// Typed JSON configs: `RuleConfig` (and `parseRuleConfig`) now know the plugin's id and options.
declare module "../../src/rules/index.ts" {
  interface RuleCatalog {
    "acme/vip-gone-quiet": VipGoneQuietOptions;
  }
}
