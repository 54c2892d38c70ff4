import * as z from "zod/mini";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { LabelOption } from "./_internal/ruleHelpers.ts";
import type { CrmJobFacts } from "./CrmJobFacts.ts";

/**
 * Options of `switching-risk-response`: the counter-measure for each switching-risk rule that fired.
 *
 * @example
 * ```ts
 * import type { SwitchingRiskResponseOptions } from "clientele/relationship";
 * const o: SwitchingRiskResponseOptions = {
 *   responses: { "competitor-offer": "match the offer" },
 *   otherwise: "call the customer",
 * };
 * ```
 * @category CRM jobs
 */
export interface SwitchingRiskResponseOptions {
  /** By switching-risk rule id, what to do about it. */
  readonly responses: Readonly<Record<string, string>>;
  /** What to do about a rule not listed (an app's own switching-risk rule). */
  readonly otherwise: string;
}

const switchingRiskResponse = /* @__PURE__ */ defineRule({
  id: "switching-risk-response",
  meta: {
    description: "Each warning sign the switching-risk rules found gets its counter-measure",
    severity: "warn",
    messages: {
      respond: "{{response}}: {{finding}} ({{ruleId}}; switching risk {{level}})",
    },
    docs: "docs/rules/switching-risk-response.md",
    citation: "Keaveney (1995), customer switching behavior in service industries",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    responses: /* @__PURE__ */ z.record(LabelOption, LabelOption),
    otherwise: LabelOption,
  }),
  defaultOptions: {
    responses: {
      "purchase-gap-growing": "reach out with a reason to come back (a reminder, a relevant offer)",
      "spend-falling": "review the customer's needs and the fit of the assortment",
      "purchase-frequency-falling": "review the customer's needs and the fit of the assortment",
      "probability-alive-low": "contact the customer before they are gone (a personal call)",
      "satisfaction-falling": "find and fix the cause of the falling satisfaction",
      "complaint-unresolved": "resolve the open complaint first",
      "bond-lapsed": "renew the lapsed bond (membership, contract, program)",
      "competitor-offer": "answer the competitor's offer (match it, or show the value the customer would lose)",
    },
    otherwise: "contact the customer about the warning sign",
  } as SwitchingRiskResponseOptions,
  evaluate(facts: CrmJobFacts, { responses, otherwise }, report) {
    if (facts.job !== "switching-prevention" || facts.switchingRisk === null) return;
    const seen = new Set<string>();
    for (const f of facts.switchingRisk.findings) {
      if (f.severity === "error" || seen.has(f.ruleId)) continue;
      seen.add(f.ruleId);
      const response = Object.hasOwn(responses, f.ruleId) ? responses[f.ruleId]! : otherwise;
      report(
        "respond",
        { response, finding: f.message, ruleId: f.ruleId, level: facts.switchingRisk.level },
        {
          action: "switching-prevention",
          response,
          switchingRiskRule: f.ruleId,
          finding: f.evidence,
          level: facts.switchingRisk.level,
          score: facts.switchingRisk.score,
        },
      );
    }
  },
});

/**
 * Switching prevention: one counter-measure for each warning sign that `switchingRiskRules`
 * (clientele/retention) found — the findings are read from the assessment, not recomputed. Acts only for
 * customers routed to the `"switching-prevention"` job (lifecycle stage "at-risk"; see {@link routeCrmJob}).
 *
 * | id | fires when |
 * |---|---|
 * | `switching-risk-response` | once per switching-risk rule that fired, with the response configured for it |
 *
 * @example
 * ```ts
 * import { switchingPreventionRules } from "clientele/relationship";
 * switchingPreventionRules.order; // => ["switching-risk-response"]
 * ```
 * @category CRM jobs
 */
export const switchingPreventionRules = /* @__PURE__ */ ruleSet(switchingRiskResponse);
