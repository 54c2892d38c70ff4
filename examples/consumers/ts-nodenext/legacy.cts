// CommonJS under NodeNext: resolves the "require" conditions (dist/**/*.d.cts), with both import forms
// and a module augmentation of the CommonJS declarations.
import clientele = require("clientele");

import { isClienteleError } from "clientele/errors";
import type { RuleCatalog, RuleConfig } from "clientele/rules";

declare module "clientele/rules" {
  interface RuleCatalog {
    "acme/vip-gone-quiet": { days: number };
  }
}

export const days: RuleCatalog["acme/vip-gone-quiet"]["days"] = 30;
export const config: RuleConfig = { "acme/vip-gone-quiet": { days: 30 } };
// @ts-expect-error days is a number
export const wrongType: RuleConfig = { "acme/vip-gone-quiet": { days: "30" } };

const error: unknown = new clientele.ClienteleDomainError("insufficient_data", "consumer: no rows");
export const recognised: boolean = isClienteleError(error, "insufficient_data");
