import { ruleSet } from "../rules/ruleSet.ts";
import { complaintManagementRules } from "./complaintManagementRules.ts";
import { newCustomerRules } from "./newCustomerRules.ts";
import { retentionRules } from "./retentionRules.ts";
import { switchingPreventionRules } from "./switchingPreventionRules.ts";
import { terminationJobRules } from "./terminationJobRules.ts";
import { winBackRules } from "./winBackRules.ts";

/**
 * Every CRM job's rules in one set, the set {@link assessRelationship} runs on each customer's
 * {@link CrmJobFacts}: {@link newCustomerRules}, {@link retentionRules}, {@link complaintManagementRules},
 * {@link switchingPreventionRules}, {@link terminationJobRules} and {@link winBackRules}. Each rule acts
 * only for its own job, so a customer gets the next actions of the one job they are routed to.
 *
 * @remarks
 * Configure it from JSON with the `jobs.rules` configuration (per rule id, `"off"` or option overrides);
 * extend it with `extendRuleSet` (clientele/rules) and pass the result as `jobRules` in the context: an
 * added rule reads the same facts and should check `facts.job`.
 *
 * @example
 * ```ts
 * import { crmJobRules } from "clientele/relationship";
 * crmJobRules.order.length; // => 10
 * ```
 * @category CRM jobs
 */
export const crmJobRules = /* @__PURE__ */ ruleSet(
  newCustomerRules.rules["welcome-contact"],
  newCustomerRules.rules["first-purchase-follow-up"],
  retentionRules.rules["preferential-treatment"],
  retentionRules.rules["post-purchase-communication"],
  complaintManagementRules.rules["complaint-resolution"],
  complaintManagementRules.rules["complaint-recovery-offer"],
  switchingPreventionRules.rules["switching-risk-response"],
  terminationJobRules.rules["termination-correct"],
  terminationJobRules.rules["termination-end"],
  winBackRules.rules["win-back"],
);

/**
 * The rules of {@link crmJobRules}, by id.
 *
 * @example
 * ```ts
 * import type { CrmJobRules } from "clientele/relationship";
 * import type { RuleSetConfig } from "clientele/rules";
 * const config: RuleSetConfig<CrmJobRules> = { "win-back": { minValue: 250 } };
 * ```
 * @category CRM jobs
 */
export type CrmJobRules = (typeof crmJobRules)["rules"];
