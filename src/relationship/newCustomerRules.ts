import * as z from "zod/mini";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { DaysOption, day, LabelOption } from "./_internal/ruleHelpers.ts";
import type { CrmJobFacts } from "./CrmJobFacts.ts";

/**
 * Options of `welcome-contact`.
 *
 * @example
 * ```ts
 * import type { WelcomeContactOptions } from "clientele/relationship";
 * const o: WelcomeContactOptions = { kind: "welcome", channel: "phone", withinDays: 3 };
 * ```
 * @category CRM jobs
 */
export interface WelcomeContactOptions {
  /** The interaction kind that records the welcome contact (default `"welcome"`). */
  readonly kind: string;
  /** The channel to use (default `"email"`). */
  readonly channel: string;
  /** Days after the first purchase by which the welcome is due (default 7). */
  readonly withinDays: number;
}

const welcomeContact = /* @__PURE__ */ defineRule({
  id: "welcome-contact",
  meta: {
    description: "A new customer has not been welcomed since their first purchase",
    severity: "info",
    messages: {
      welcome:
        "welcome the customer by {{channel}} (first purchase {{firstPurchase}}, {{days}} days ago; due within {{withinDays}} days)",
      welcomeOverdue:
        "the welcome is overdue: first purchase {{firstPurchase}}, {{days}} days ago (due within {{withinDays}} days); welcome the customer by {{channel}} now",
    },
    docs: "docs/rules/welcome-contact.md",
    citation: "Berry (1983), relationship marketing: attract, then keep and enhance the relationship",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({ kind: LabelOption, channel: LabelOption, withinDays: DaysOption }),
  defaultOptions: { kind: "welcome", channel: "email", withinDays: 7 } as WelcomeContactOptions,
  evaluate(facts: CrmJobFacts, { kind, channel, withinDays }, report) {
    if (facts.job !== "new-customer" || facts.firstPurchaseAt === null) return;
    const last = facts.lastContactByKind[kind];
    if (last !== undefined && last.getTime() >= facts.firstPurchaseAt.getTime()) return;
    const days = Math.floor(facts.daysSinceFirstPurchase ?? 0);
    const overdue = days > withinDays;
    report(
      overdue ? "welcomeOverdue" : "welcome",
      { channel, firstPurchase: day(facts.firstPurchaseAt), days, withinDays },
      {
        action: "welcome-contact",
        kind,
        channel,
        firstPurchaseAt: facts.firstPurchaseAt,
        daysSinceFirstPurchase: facts.daysSinceFirstPurchase,
        dueBy: new Date(facts.firstPurchaseAt.getTime() + withinDays * 86_400_000),
        overdue,
        lastWelcomeAt: last ?? null,
      },
    );
  },
});

/**
 * Options of `first-purchase-follow-up`.
 *
 * @example
 * ```ts
 * import type { FirstPurchaseFollowUpOptions } from "clientele/relationship";
 * const o: FirstPurchaseFollowUpOptions = { kind: "first-purchase-follow-up", channel: "phone", afterDays: 10 };
 * ```
 * @category CRM jobs
 */
export interface FirstPurchaseFollowUpOptions {
  /** The interaction kind that records the follow-up (default `"first-purchase-follow-up"`). */
  readonly kind: string;
  /** The channel to use (default `"phone"`). */
  readonly channel: string;
  /** Days after the first purchase from which a customer who has not bought again is followed up (default 14). */
  readonly afterDays: number;
}

const firstPurchaseFollowUp = /* @__PURE__ */ defineRule({
  id: "first-purchase-follow-up",
  meta: {
    description: "A new customer has not bought again since the first purchase and has not been followed up",
    severity: "info",
    messages: {
      followUp:
        "follow up the first purchase of {{firstPurchase}} by {{channel}}: {{days}} days without a second purchase (from day {{afterDays}})",
    },
    docs: "docs/rules/first-purchase-follow-up.md",
    citation: "Reichheld & Sasser (1990), zero defections: the first months decide whether a customer stays",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({ kind: LabelOption, channel: LabelOption, afterDays: DaysOption }),
  defaultOptions: { kind: "first-purchase-follow-up", channel: "phone", afterDays: 14 } as FirstPurchaseFollowUpOptions,
  evaluate(facts: CrmJobFacts, { kind, channel, afterDays }, report) {
    if (facts.job !== "new-customer" || facts.firstPurchaseAt === null || facts.purchases !== 1) return;
    const days = facts.daysSinceFirstPurchase ?? 0;
    if (days < afterDays) return;
    const last = facts.lastContactByKind[kind];
    if (last !== undefined && last.getTime() >= facts.firstPurchaseAt.getTime()) return;
    report(
      "followUp",
      { firstPurchase: day(facts.firstPurchaseAt), channel, days: Math.floor(days), afterDays },
      {
        action: "first-purchase-follow-up",
        kind,
        channel,
        firstPurchaseAt: facts.firstPurchaseAt,
        daysSinceFirstPurchase: days,
        purchases: 1,
      },
    );
  },
});

/**
 * New-customer management: what a customer should receive in the first periods — a welcome contact, and
 * a follow-up of the first purchase when no second one came. Each rule acts only for customers routed to
 * the `"new-customer"` job (see {@link routeCrmJob}); thresholds and channels are options (JSON through
 * the `jobs.rules` configuration).
 *
 * | id | fires when (defaults) |
 * |---|---|
 * | `welcome-contact` | no interaction of kind `"welcome"` since the first purchase (overdue after 7 days) |
 * | `first-purchase-follow-up` | one purchase only, 14 days or more ago, no `"first-purchase-follow-up"` contact since |
 *
 * @example
 * ```ts
 * import { newCustomerRules } from "clientele/relationship";
 * newCustomerRules.order; // => ["welcome-contact", "first-purchase-follow-up"]
 * ```
 * @category CRM jobs
 */
export const newCustomerRules = /* @__PURE__ */ ruleSet(welcomeContact, firstPurchaseFollowUp);
