import * as z from "zod/mini";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { DaysOption, day, LabelOption } from "./_internal/ruleHelpers.ts";
import type { CrmJobFacts } from "./CrmJobFacts.ts";

/**
 * Options of `complaint-resolution`.
 *
 * @example
 * ```ts
 * import type { ComplaintResolutionOptions } from "clientele/relationship";
 * const o: ComplaintResolutionOptions = { resolveWithinDays: { minor: 7, major: 2 }, escalateTo: "team lead" };
 * ```
 * @category CRM jobs
 */
export interface ComplaintResolutionOptions {
  /** Target days to resolve, by severity (defaults 14 for minor, 5 for major). */
  readonly resolveWithinDays: {
    /** Days for a minor complaint. */
    readonly minor: number;
    /** Days for a major complaint. */
    readonly major: number;
  };
  /** Who takes an overdue complaint (default `"complaint manager"`). */
  readonly escalateTo: string;
}

const complaintResolution = /* @__PURE__ */ defineRule({
  id: "complaint-resolution",
  meta: {
    description: "An open complaint is to be resolved within its target time, and escalated once overdue",
    severity: "correct",
    messages: {
      resolve: "resolve the {{severity}} complaint opened {{openedAt}} ({{days}} days open; target {{target}} days)",
      escalate:
        "escalate the {{severity}} complaint opened {{openedAt}} to the {{escalateTo}}: {{days}} days open, past the target of {{target}} days",
    },
    docs: "docs/rules/complaint-resolution.md",
    citation: "Tax, Brown & Chandrashekaran (1998): speed of complaint handling drives satisfaction with it",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    resolveWithinDays: /* @__PURE__ */ z.strictObject({ minor: DaysOption, major: DaysOption }),
    escalateTo: LabelOption,
  }),
  defaultOptions: {
    resolveWithinDays: { minor: 14, major: 5 },
    escalateTo: "complaint manager",
  } as ComplaintResolutionOptions,
  evaluate(facts: CrmJobFacts, { resolveWithinDays, escalateTo }, report) {
    if (facts.job !== "complaint-management") return;
    for (const c of facts.openComplaints) {
      const target = resolveWithinDays[c.severity];
      const overdue = c.daysOpen > target;
      report(
        overdue ? "escalate" : "resolve",
        {
          severity: c.severity,
          openedAt: day(c.openedAt),
          days: Math.floor(c.daysOpen),
          target,
          ...(overdue ? { escalateTo } : {}),
        },
        {
          action: overdue ? "escalate-complaint" : "resolve-complaint",
          openedAt: c.openedAt,
          severity: c.severity,
          category: c.category,
          daysOpen: c.daysOpen,
          targetDays: target,
          dueBy: new Date(c.openedAt.getTime() + target * 86_400_000),
        },
      );
    }
  },
});

/**
 * Options of `complaint-recovery-offer`.
 *
 * @example
 * ```ts
 * import type { ComplaintRecoveryOfferOptions } from "clientele/relationship";
 * const o: ComplaintRecoveryOfferOptions = { offer: "refund and a voucher", afterServiceFailures: 1 };
 * ```
 * @category CRM jobs
 */
export interface ComplaintRecoveryOfferOptions {
  /** The compensation to offer with the resolution (default `"apology and compensation"`). */
  readonly offer: string;
  /** Also offer it for a minor complaint when the customer had at least this many service failures (default 2). */
  readonly afterServiceFailures: number;
}

const complaintRecoveryOffer = /* @__PURE__ */ defineRule({
  id: "complaint-recovery-offer",
  meta: {
    description: "A major open complaint, or one after repeated service failures, calls for a service-recovery offer",
    severity: "correct",
    messages: {
      recover:
        "offer {{offer}} with the resolution: {{why}} (the recovery paradox: a well-recovered failure can leave the customer more loyal than before)",
    },
    docs: "docs/rules/complaint-recovery-offer.md",
    citation: "Smith & Bolton (1998); TARP (1986): complainants whose problem is resolved quickly repurchase most",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({ offer: LabelOption, afterServiceFailures: DaysOption }),
  defaultOptions: { offer: "apology and compensation", afterServiceFailures: 2 } as ComplaintRecoveryOfferOptions,
  evaluate(facts: CrmJobFacts, { offer, afterServiceFailures }, report) {
    if (facts.job !== "complaint-management" || facts.openComplaints.length === 0) return;
    const major = facts.openComplaints.filter((c) => c.severity === "major").length;
    const repeated = afterServiceFailures > 0 && facts.serviceFailures >= afterServiceFailures;
    if (major === 0 && !repeated) return;
    const why =
      major > 0
        ? `${major} major complaint${major === 1 ? "" : "s"} open`
        : `${facts.serviceFailures} service failures (from ${afterServiceFailures})`;
    report(
      "recover",
      { offer, why },
      {
        action: "service-recovery-offer",
        offer,
        majorOpen: major,
        serviceFailures: facts.serviceFailures,
        lastServiceFailureAt: facts.lastServiceFailureAt,
      },
    );
  },
});

/**
 * Complaint management: resolve every open complaint within its target time (escalate when overdue) and
 * offer service recovery for major complaints or repeated failures. Each rule acts only for customers
 * routed to the `"complaint-management"` job (an open complaint; see {@link routeCrmJob}).
 *
 * | id | fires when (defaults) |
 * |---|---|
 * | `complaint-resolution` | one finding per open complaint: "resolve" within 14 days (minor) / 5 days (major), "escalate" after |
 * | `complaint-recovery-offer` | a major complaint is open, or 2 service failures or more |
 *
 * @example
 * ```ts
 * import { complaintManagementRules } from "clientele/relationship";
 * complaintManagementRules.order; // => ["complaint-resolution", "complaint-recovery-offer"]
 * ```
 * @category CRM jobs
 */
export const complaintManagementRules = /* @__PURE__ */ ruleSet(complaintResolution, complaintRecoveryOffer);
