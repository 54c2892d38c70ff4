import { describe, expect, it } from "vitest";
import { newCustomerRules } from "../../src/relationship/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { day, jobFacts, newCustomer } from "./_jobFacts.ts";

describe("newCustomerRules", () => {
  it("holds welcome-contact and first-purchase-follow-up, each with a docs page", () => {
    expect(newCustomerRules.order).toEqual(["welcome-contact", "first-purchase-follow-up"]);
    for (const id of newCustomerRules.order) expect(newCustomerRules.rules[id].meta.docs).toBe(`docs/rules/${id}.md`);
  });
});

ruleTester(newCustomerRules.rules["welcome-contact"], {
  valid: [
    { name: "another job (retention)", facts: jobFacts() },
    {
      name: "welcomed after the first purchase",
      facts: newCustomer("2024-06-25", { lastContactByKind: { welcome: day("2024-06-26") } }),
    },
    {
      name: "a new customer without a purchase yet",
      facts: newCustomer("2024-06-25", { purchases: 0, firstPurchaseAt: null }),
    },
    {
      name: "welcomed through the configured kind",
      facts: newCustomer("2024-06-25", { lastContactByKind: { "hello-call": day("2024-06-27") } }),
      options: { kind: "hello-call" },
    },
  ],
  invalid: [
    {
      name: "first purchase 5 days ago, not yet welcomed: due within 7 days",
      facts: newCustomer("2024-06-25"),
      findings: [
        {
          messageId: "welcome",
          data: { channel: "email", firstPurchase: "2024-06-25", days: 5, withinDays: 7 },
          evidence: { action: "welcome-contact", overdue: false, dueBy: day("2024-07-02") },
        },
      ],
      expectedOptions: { kind: "welcome", channel: "email", withinDays: 7 },
    },
    {
      name: "a welcome sent before the first purchase does not count; 20 days is overdue",
      facts: newCustomer("2024-06-10", { lastContactByKind: { welcome: day("2024-06-01") } }),
      findings: [
        {
          messageId: "welcomeOverdue",
          data: { channel: "email", firstPurchase: "2024-06-10", days: 20, withinDays: 7 },
        },
      ],
    },
  ],
});

ruleTester(newCustomerRules.rules["first-purchase-follow-up"], {
  valid: [
    { name: "only 5 days since the first purchase (from day 14)", facts: newCustomer("2024-06-25") },
    { name: "bought a second time", facts: newCustomer("2024-06-01", { purchases: 2 }) },
    {
      name: "followed up already",
      facts: newCustomer("2024-06-01", { lastContactByKind: { "first-purchase-follow-up": day("2024-06-16") } }),
    },
    { name: "another job", facts: jobFacts({ purchases: 1 }) },
  ],
  invalid: [
    {
      name: "one purchase 29 days ago, no follow-up",
      facts: newCustomer("2024-06-01"),
      findings: [
        {
          messageId: "followUp",
          message:
            "follow up the first purchase of 2024-06-01 by phone: 29 days without a second purchase (from day 14)",
          evidence: { action: "first-purchase-follow-up", purchases: 1 },
        },
      ],
    },
    {
      name: "exactly afterDays (14) fires",
      facts: newCustomer("2024-06-16"),
      findings: [
        { messageId: "followUp", data: { firstPurchase: "2024-06-16", channel: "phone", days: 14, afterDays: 14 } },
      ],
    },
  ],
});
