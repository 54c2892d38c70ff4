import { describe, expect, it } from "vitest";
import { retentionRules } from "../../src/relationship/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { day, jobFacts } from "./_jobFacts.ts";

describe("retentionRules", () => {
  it("holds preferential-treatment and post-purchase-communication, each with a docs page", () => {
    expect(retentionRules.order).toEqual(["preferential-treatment", "post-purchase-communication"]);
    for (const id of retentionRules.order) expect(retentionRules.rules[id].meta.docs).toBe(`docs/rules/${id}.md`);
  });
  it("the default packages mix standard and special, free and paid services", () => {
    const tiers = retentionRules.rules["preferential-treatment"].defaultOptions.tiers;
    const all = tiers.flatMap((t) => t.services);
    expect(new Set(all.map((s) => s.kind))).toEqual(new Set(["standard", "special"]));
    expect(new Set(all.map((s) => s.pricing))).toEqual(new Set(["free", "paid"]));
  });
});

ruleTester(retentionRules.rules["preferential-treatment"], {
  valid: [
    { name: "another job", facts: jobFacts({ job: "win-back" }) },
    {
      name: "no tier reaches down to the value",
      facts: jobFacts({ recentRevenue: 50 }),
      options: { tiers: [{ name: "vip", minValue: 100, services: [] }] },
    },
  ],
  invalid: [
    {
      name: "lifetime value 1240 is gold: 4 services, cost 6 × 24 + 40 × 4 + 2 × 12 + 25 = 353 a year",
      facts: jobFacts({ lifetimeValue: 1240 }),
      findings: [
        {
          messageId: "tier",
          data: {
            tier: "gold",
            services: 4,
            special: 3,
            free: 3,
            value: 1240,
            valueSource: "lifetime value",
            minValue: 1000,
            annualCost: 353,
          },
          evidence: { action: "preferential-treatment", tier: "gold", annualCost: 353 },
        },
      ],
    },
    {
      name: "without a lifetime value, the revenue over the lookback (300) is silver",
      facts: jobFacts(),
      findings: [
        { messageId: "tier", evidence: { tier: "silver", value: 300, valueSource: "revenue over the lookback" } },
      ],
    },
    {
      name: "tiers from the config are sorted by minValue",
      facts: jobFacts({ recentRevenue: 20 }),
      options: {
        tiers: [
          {
            name: "all",
            minValue: 0,
            services: [
              { name: "newsletter", kind: "standard", pricing: "free", cost: 0.5, every: { count: 2, unit: "week" } },
            ],
          },
          { name: "vip", minValue: 100, services: [] },
        ],
      },
      findings: [
        {
          messageId: "tier",
          data: {
            tier: "all",
            services: 1,
            special: 0,
            free: 1,
            value: 20,
            valueSource: "revenue over the lookback",
            minValue: 0,
            annualCost: 52,
          },
        },
      ],
    },
  ],
});

ruleTester(retentionRules.rules["post-purchase-communication"], {
  valid: [
    {
      name: "the customer answered since the purchase",
      facts: jobFacts({ contactsSinceLastPurchase: { inbound: 1, outbound: 1 } }),
    },
    {
      name: "the last purchase is 45 days old (window 30)",
      facts: jobFacts({ lastPurchaseAt: day("2024-05-16"), daysSinceLastPurchase: 45 }),
    },
    { name: "another job", facts: jobFacts({ job: "new-customer" }) },
  ],
  invalid: [
    {
      name: "bought 10 days ago, only an outbound mail since: the next step is the feedback call on day 14",
      facts: jobFacts({ contactsSinceLastPurchase: { inbound: 0, outbound: 1 } }),
      findings: [
        {
          messageId: "plan",
          message:
            "last purchase 10 days ago and no answer from the customer since: run the post-purchase plan (2 steps; next: feedback-request by phone on day 14)",
          evidence: {
            action: "post-purchase-communication",
            plan: [
              { afterDays: 2, kind: "thank-you", channel: "email", twoWay: false, at: day("2024-06-22") },
              { afterDays: 14, kind: "feedback-request", channel: "phone", twoWay: true, at: day("2024-07-04") },
            ],
          },
        },
      ],
    },
  ],
});
