import * as z from "zod/mini";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { DaysOption } from "./_internal/ruleHelpers.ts";
import type { CrmJobFacts } from "./CrmJobFacts.ts";

/**
 * Options of `termination-correct`.
 *
 * @example
 * ```ts
 * import type { TerminationCorrectOptions } from "clientele/relationship";
 * const o: TerminationCorrectOptions = { reviewAfterDays: 60 };
 * ```
 * @category CRM jobs
 */
export interface TerminationCorrectOptions {
  /** Days after the correction at which the relationship is reviewed again (default 90). */
  readonly reviewAfterDays: number;
}

const terminationCorrect = /* @__PURE__ */ defineRule({
  id: "termination-correct",
  meta: {
    description: "The termination decision is to correct the relationship: carry out each corrective step it proposes",
    severity: "correct",
    messages: {
      correct: "{{lever}}: {{reason}} (review in {{reviewAfterDays}} days)",
    },
    docs: "docs/rules/termination-correct.md",
    citation: "Mittal, Sarkees & Murshed (2008): correct before divesting",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({ reviewAfterDays: DaysOption }),
  defaultOptions: { reviewAfterDays: 90 } as TerminationCorrectOptions,
  evaluate(facts: CrmJobFacts, { reviewAfterDays }, report) {
    if (facts.job !== "termination" || facts.termination?.decision !== "correct") return;
    for (const a of facts.termination.actions) {
      report(
        "correct",
        { lever: a.lever, reason: a.reason, reviewAfterDays },
        {
          action: a.lever,
          terminationRule: a.ruleId,
          targets: a.targets,
          reviewAt: new Date(facts.asOf.getTime() + reviewAfterDays * 86_400_000),
          reasons: facts.termination.reasons,
        },
      );
    }
  },
});

/**
 * Options of `termination-end`.
 *
 * @example
 * ```ts
 * import type { TerminationEndOptions } from "clientele/relationship";
 * const o: TerminationEndOptions = { noticeDays: 60 };
 * ```
 * @category CRM jobs
 */
export interface TerminationEndOptions {
  /** Days of notice given before the relationship ends (default 30). */
  readonly noticeDays: number;
}

const terminationEnd = /* @__PURE__ */ defineRule({
  id: "termination-end",
  meta: {
    description: "The termination decision is to end the relationship: end it in an orderly way, with notice",
    severity: "terminate",
    messages: {
      end: "end the relationship with {{noticeDays}} days' notice: {{reason}}",
    },
    docs: "docs/rules/termination-end.md",
    citation: "Alajoutsijärvi, Möller & Tähtinen (2000), beautiful exit: ending business relationships",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({ noticeDays: DaysOption }),
  defaultOptions: { noticeDays: 30 } as TerminationEndOptions,
  evaluate(facts: CrmJobFacts, { noticeDays }, report) {
    if (facts.job !== "termination" || facts.termination?.decision !== "terminate") return;
    const reason = facts.termination.reasons.join("; ") || "the termination rules decided to end it";
    report(
      "end",
      { noticeDays, reason },
      {
        action: "end-relationship",
        endsAt: new Date(facts.asOf.getTime() + noticeDays * 86_400_000),
        steps: facts.termination.actions,
        reasons: facts.termination.reasons,
      },
    );
  },
});

/**
 * The termination job: carries out the termination decision of `decideTermination`
 * (clientele/termination) — read from the assessment, not recomputed: each corrective step when the
 * decision is "correct", an orderly exit with notice when it is "terminate". Acts only for customers
 * routed to the `"termination"` job (see {@link routeCrmJob}).
 *
 * | id | fires when (defaults) |
 * |---|---|
 * | `termination-correct` | decision "correct": once per corrective step, review after 90 days |
 * | `termination-end` | decision "terminate": end with 30 days' notice |
 *
 * @example
 * ```ts
 * import { terminationJobRules } from "clientele/relationship";
 * terminationJobRules.order; // => ["termination-correct", "termination-end"]
 * ```
 * @category CRM jobs
 */
export const terminationJobRules = /* @__PURE__ */ ruleSet(terminationCorrect, terminationEnd);
