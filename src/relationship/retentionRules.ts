import * as z from "zod/mini";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { DaysOption, LabelOption, MoneyOption, round2 } from "./_internal/ruleHelpers.ts";
import type { CrmJobFacts } from "./CrmJobFacts.ts";

/**
 * One service of a preferential-treatment package: standard (what every customer of the tier gets) or
 * special (beyond the standard), free or paid, with what it costs the firm and how often it is given.
 *
 * @example
 * ```ts
 * import type { ServiceOffer } from "clientele/relationship";
 * const s: ServiceOffer = { name: "priority line", kind: "special", pricing: "free", cost: 12, every: { count: 1, unit: "month" } };
 * ```
 * @category CRM jobs
 */
export interface ServiceOffer {
  /** The service. */
  readonly name: string;
  /** Standard or special service. */
  readonly kind: "standard" | "special";
  /** Free to the customer, or paid. */
  readonly pricing: "free" | "paid";
  /** What one delivery costs the firm, ≥ 0. */
  readonly cost: number;
  /** How often it is given: `count` times per `unit`. */
  readonly every: {
    /** Deliveries per `unit`, an integer ≥ 1. */
    readonly count: number;
    /** The period. */
    readonly unit: "week" | "month" | "quarter" | "year";
  };
}

/**
 * A tier of preferential treatment: customers whose value is at least `minValue` get `services`.
 *
 * @example
 * ```ts
 * import type { ServiceTier } from "clientele/relationship";
 * const gold: ServiceTier = { name: "gold", minValue: 1000, services: [] };
 * ```
 * @category CRM jobs
 */
export interface ServiceTier {
  /** The tier. */
  readonly name: string;
  /** The lowest customer value of the tier (lifetime value when known, else revenue over the lookback). */
  readonly minValue: number;
  /** The package. */
  readonly services: readonly ServiceOffer[];
}

/**
 * Options of `preferential-treatment`: the tiers, highest `minValue` first.
 *
 * @example
 * ```ts
 * import type { PreferentialTreatmentOptions } from "clientele/relationship";
 * const o: PreferentialTreatmentOptions = {
 *   tiers: [{ name: "all", minValue: 0, services: [{ name: "newsletter", kind: "standard", pricing: "free", cost: 0.1, every: { count: 1, unit: "month" } }] }],
 * };
 * ```
 * @category CRM jobs
 */
export interface PreferentialTreatmentOptions {
  /** The tiers; the first whose `minValue` the customer reaches applies (sorted by `minValue`, highest first, when read). */
  readonly tiers: readonly ServiceTier[];
}

const ServiceSchema = /* @__PURE__ */ z.strictObject({
  name: LabelOption,
  kind: /* @__PURE__ */ z.enum(["standard", "special"]),
  pricing: /* @__PURE__ */ z.enum(["free", "paid"]),
  cost: MoneyOption,
  every: /* @__PURE__ */ z.strictObject({
    count: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(1000)),
    unit: /* @__PURE__ */ z.enum(["week", "month", "quarter", "year"]),
  }),
});

const service = (
  name: string,
  kind: ServiceOffer["kind"],
  pricing: ServiceOffer["pricing"],
  cost: number,
  count: number,
  unit: ServiceOffer["every"]["unit"],
): ServiceOffer => ({ name, kind, pricing, cost, every: { count, unit } });

/** Deliveries a year of a service. */
const perYear = (s: ServiceOffer): number =>
  s.every.count * (s.every.unit === "week" ? 52 : s.every.unit === "month" ? 12 : s.every.unit === "quarter" ? 4 : 1);

const preferentialTreatment = /* @__PURE__ */ defineRule({
  id: "preferential-treatment",
  meta: {
    description:
      "A retained customer gets the service package of their value tier (standard and special, free and paid services)",
    severity: "info",
    messages: {
      tier: "offer the {{tier}} package ({{services}} services, {{special}} special; {{free}} free): value {{value}} ({{valueSource}}) ≥ {{minValue}}; it costs about {{annualCost}} a year",
    },
    docs: "docs/rules/preferential-treatment.md",
    citation: "Berry (1995), relationship marketing of services: tiered, preferential treatment of the best customers",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    tiers: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          name: LabelOption,
          minValue: MoneyOption,
          services: /* @__PURE__ */ z.array(ServiceSchema),
        }),
      )
      .check(/* @__PURE__ */ z.minLength(1)),
  }),
  defaultOptions: {
    tiers: [
      {
        name: "gold",
        minValue: 1000,
        services: [
          service("free delivery", "standard", "free", 6, 2, "month"),
          service("dedicated contact", "special", "free", 40, 1, "quarter"),
          service("early access to new products", "special", "free", 2, 1, "month"),
          service("premium installation", "special", "paid", 25, 1, "year"),
        ],
      },
      {
        name: "silver",
        minValue: 250,
        services: [
          service("free delivery", "standard", "free", 6, 1, "month"),
          service("priority line", "special", "paid", 8, 1, "quarter"),
        ],
      },
      {
        name: "standard",
        minValue: 0,
        services: [
          service("newsletter", "standard", "free", 0.1, 1, "month"),
          service("extended warranty", "standard", "paid", 5, 1, "year"),
        ],
      },
    ],
  } as PreferentialTreatmentOptions,
  evaluate(facts: CrmJobFacts, { tiers }, report) {
    if (facts.job !== "retention") return;
    const value = facts.lifetimeValue ?? facts.recentRevenue;
    const valueSource = facts.lifetimeValue === null ? "revenue over the lookback" : "lifetime value";
    const sorted = [...tiers].sort((a, b) => b.minValue - a.minValue);
    const tier = sorted.find((t) => value >= t.minValue);
    if (tier === undefined) return;
    let annualCost = 0;
    for (const s of tier.services) annualCost += s.cost * perYear(s);
    report(
      "tier",
      {
        tier: tier.name,
        services: tier.services.length,
        special: tier.services.filter((s) => s.kind === "special").length,
        free: tier.services.filter((s) => s.pricing === "free").length,
        value: round2(value),
        valueSource,
        minValue: tier.minValue,
        annualCost: round2(annualCost),
      },
      {
        action: "preferential-treatment",
        tier: tier.name,
        value,
        valueSource,
        minValue: tier.minValue,
        services: tier.services,
        annualCost,
      },
    );
  },
});

/**
 * One step of a post-purchase communication plan.
 *
 * @example
 * ```ts
 * import type { CommunicationStep } from "clientele/relationship";
 * const s: CommunicationStep = { afterDays: 14, kind: "feedback-request", channel: "phone", twoWay: true };
 * ```
 * @category CRM jobs
 */
export interface CommunicationStep {
  /** Days after the purchase. */
  readonly afterDays: number;
  /** The interaction kind to log. */
  readonly kind: string;
  /** The channel. */
  readonly channel: string;
  /** Whether the step invites an answer (two-way: a question, a call, a feedback request). */
  readonly twoWay: boolean;
}

/**
 * Options of `post-purchase-communication`.
 *
 * @example
 * ```ts
 * import type { PostPurchaseCommunicationOptions } from "clientele/relationship";
 * const o: PostPurchaseCommunicationOptions = { withinDays: 30, steps: [{ afterDays: 3, kind: "thank-you", channel: "email", twoWay: false }] };
 * ```
 * @category CRM jobs
 */
export interface PostPurchaseCommunicationOptions {
  /** The plan applies to a purchase at most this many days ago (default 30). */
  readonly withinDays: number;
  /** The plan (default: a thank-you e-mail on day 2, a feedback call on day 14). */
  readonly steps: readonly CommunicationStep[];
}

const postPurchaseCommunication = /* @__PURE__ */ defineRule({
  id: "post-purchase-communication",
  meta: {
    description: "A recent purchase has not been followed by a two-way conversation with the customer",
    severity: "info",
    messages: {
      plan: "last purchase {{days}} days ago and no answer from the customer since: run the post-purchase plan ({{steps}} steps; next: {{next}} on day {{nextDay}})",
    },
    docs: "docs/rules/post-purchase-communication.md",
    citation: "Grönroos (2004), the relationship marketing process: communication, interaction and value",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    withinDays: DaysOption,
    steps: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          afterDays: DaysOption,
          kind: LabelOption,
          channel: LabelOption,
          twoWay: /* @__PURE__ */ z.boolean(),
        }),
      )
      .check(/* @__PURE__ */ z.minLength(1)),
  }),
  defaultOptions: {
    withinDays: 30,
    steps: [
      { afterDays: 2, kind: "thank-you", channel: "email", twoWay: false },
      { afterDays: 14, kind: "feedback-request", channel: "phone", twoWay: true },
    ],
  } as PostPurchaseCommunicationOptions,
  evaluate(facts: CrmJobFacts, { withinDays, steps }, report) {
    if (facts.job !== "retention" || facts.lastPurchaseAt === null) return;
    const days = facts.daysSinceLastPurchase ?? 0;
    if (days > withinDays || facts.contactsSinceLastPurchase.inbound > 0) return;
    const sorted = [...steps].sort((a, b) => a.afterDays - b.afterDays);
    const next = sorted.find((s) => s.afterDays >= days) ?? sorted[sorted.length - 1]!;
    const plan = sorted.map((s) => ({
      ...s,
      at: new Date(facts.lastPurchaseAt!.getTime() + s.afterDays * 86_400_000),
    }));
    report(
      "plan",
      {
        days: Math.floor(days),
        steps: sorted.length,
        next: `${next.kind} by ${next.channel}`,
        nextDay: next.afterDays,
      },
      {
        action: "post-purchase-communication",
        lastPurchaseAt: facts.lastPurchaseAt,
        daysSinceLastPurchase: days,
        contactsSinceLastPurchase: facts.contactsSinceLastPurchase,
        plan,
      },
    );
  },
});

/**
 * Retention: preferential treatment by value tier — service packages that mix standard and special,
 * free and paid services, each with its cost and frequency — and a post-purchase two-way communication
 * plan. Each rule acts only for customers routed to the `"retention"` job (see {@link routeCrmJob}); the
 * tiers and the plan are options (JSON through the `jobs.rules` configuration).
 *
 * | id | fires when (defaults) |
 * |---|---|
 * | `preferential-treatment` | always, with the package of the customer's tier: gold ≥ 1000, silver ≥ 250, standard ≥ 0 |
 * | `post-purchase-communication` | a purchase in the last 30 days and no inbound contact since |
 *
 * @example
 * ```ts
 * import { retentionRules } from "clientele/relationship";
 * retentionRules.order; // => ["preferential-treatment", "post-purchase-communication"]
 * ```
 * @category CRM jobs
 */
export const retentionRules = /* @__PURE__ */ ruleSet(preferentialTreatment, postPurchaseCommunication);
