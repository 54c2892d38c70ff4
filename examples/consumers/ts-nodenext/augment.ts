// Module augmentation of the rule catalog (types only), seen through "clientele/rules" and the root.

import type { RuleConfig as RootRuleConfig } from "clientele";
import type { RuleCatalog, RuleConfig } from "clientele/rules";

declare module "clientele/rules" {
  interface RuleCatalog {
    "acme/vip-gone-quiet": { days: number };
  }
}

export const days: RuleCatalog["acme/vip-gone-quiet"]["days"] = 30;
export const config: RuleConfig = { "acme/vip-gone-quiet": { days: 30 } };
export const off: RuleConfig = { "acme/vip-gone-quiet": "off" };
export const viaRoot: RootRuleConfig = { "acme/vip-gone-quiet": { days: 45 } };
// @ts-expect-error days is a number
export const wrongType: RuleConfig = { "acme/vip-gone-quiet": { days: "30" } };
