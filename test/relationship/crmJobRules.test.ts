import { describe, expect, it } from "vitest";
import {
  assessRelationship,
  type CrmJobFacts,
  complaintManagementRules,
  crmJobRules,
  newCustomerRules,
  retentionRules,
  switchingPreventionRules,
  terminationJobRules,
  winBackRules,
} from "../../src/relationship/index.ts";
import { defineRule, extendRuleSet, parseRuleConfig } from "../../src/rules/index.ts";
import { asOf, record } from "./_relationshipFixtures.ts";

describe("crmJobRules", () => {
  it("holds the rules of the six job sets, in job order, the same rule objects", () => {
    const sets = [
      newCustomerRules,
      retentionRules,
      complaintManagementRules,
      switchingPreventionRules,
      terminationJobRules,
      winBackRules,
    ];
    expect(crmJobRules.order).toEqual(sets.flatMap((s) => s.order));
    for (const s of sets)
      for (const id of s.order)
        expect(crmJobRules.rules[id as keyof typeof crmJobRules.rules]).toBe(s.rules[id as never]);
  });
  it("each rule acts only for its own job: a customer gets the next actions of one job", () => {
    const r = record({ transactions: [{ timestamp: "2024-06-25", amount: 40 }] });
    const a = assessRelationship(r, { asOf });
    expect(a.job.status === "computed" && a.job.value.nextActions.map((x) => x.ruleId)).toEqual(["welcome-contact"]);
  });
  it("is configurable from JSON through the context's jobs.rules", () => {
    const r = record({ transactions: [{ timestamp: "2024-06-25", amount: 40 }] });
    const jobs = { rules: parseRuleConfig(JSON.parse('{"welcome-contact":{"withinDays":3,"channel":"phone"}}')) };
    const a = assessRelationship(r, { asOf, jobs });
    const [action] = a.job.status === "computed" ? a.job.value.nextActions : [];
    expect(action?.message).toBe(
      "the welcome is overdue: first purchase 2024-06-25, 5 days ago (due within 3 days); welcome the customer by phone now",
    );
    const off = assessRelationship(r, { asOf, jobs: { rules: { "welcome-contact": "off" } } });
    expect(off.job.status === "computed" && off.job.value.nextActions).toEqual([]);
  });
  it("is extensible: an app's rule added with extendRuleSet reads the same facts", () => {
    const vip = defineRule({
      id: "acme/new-vip-call",
      meta: {
        description: "A new customer who spent 500 or more gets a call",
        severity: "info",
        messages: { call: "call the new VIP ({{revenue}})" },
      },
      defaultOptions: { minRevenue: 500 },
      evaluate(facts: CrmJobFacts, { minRevenue }, report) {
        if (facts.job === "new-customer" && facts.revenue >= minRevenue)
          report("call", { revenue: facts.revenue }, { action: "vip-call" });
      },
    });
    const jobRules = extendRuleSet(crmJobRules, vip);
    const r = record({ transactions: [{ timestamp: "2024-06-25", amount: 800 }] });
    const a = assessRelationship(r, { asOf, jobRules });
    expect(a.job.status === "computed" && a.job.value.nextActions.map((x) => x.action).sort()).toEqual([
      "vip-call",
      "welcome-contact",
    ]);
  });
});
