import { describe, expect, it } from "vitest";
import { terminationJobRules } from "../../src/relationship/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { day, jobFacts } from "./_jobFacts.ts";

const priceAction = {
  ruleId: "too-costly",
  lever: "price-adjustment",
  reason: "raise prices by 12 %",
  targets: { priceIncrease: 0.12 },
};
const limitAction = {
  ruleId: "too-costly",
  lever: "service-level-limit",
  reason: "cap service cost at 80",
  targets: { serviceCostCap: 80 },
};

describe("terminationJobRules", () => {
  it("holds termination-correct and termination-end, each with a docs page", () => {
    expect(terminationJobRules.order).toEqual(["termination-correct", "termination-end"]);
    for (const id of terminationJobRules.order)
      expect(terminationJobRules.rules[id].meta.docs).toBe(`docs/rules/${id}.md`);
  });
});

ruleTester(terminationJobRules.rules["termination-correct"], {
  valid: [
    { name: "decision keep", facts: jobFacts({ job: "termination" }) },
    {
      name: "another job",
      facts: jobFacts({ termination: { decision: "correct", actions: [priceAction], reasons: ["too costly"] } }),
    },
  ],
  invalid: [
    {
      name: "one finding per corrective step of the decision",
      facts: jobFacts({
        job: "termination",
        termination: { decision: "correct", actions: [priceAction, limitAction], reasons: ["too costly"] },
      }),
      findings: [
        {
          messageId: "correct",
          message: "price-adjustment: raise prices by 12 % (review in 90 days)",
          evidence: {
            action: "price-adjustment",
            terminationRule: "too-costly",
            targets: { priceIncrease: 0.12 },
            reviewAt: day("2024-09-28"),
          },
        },
        { messageId: "correct", evidence: { action: "service-level-limit" } },
      ],
    },
  ],
});

ruleTester(terminationJobRules.rules["termination-end"], {
  valid: [
    {
      name: "decision correct",
      facts: jobFacts({ job: "termination", termination: { decision: "correct", actions: [], reasons: [] } }),
    },
  ],
  invalid: [
    {
      name: "decision terminate: end with 30 days' notice",
      facts: jobFacts({
        job: "termination",
        termination: { decision: "terminate", actions: [], reasons: ["core-value-violation incident"] },
      }),
      findings: [
        {
          messageId: "end",
          message: "end the relationship with 30 days' notice: core-value-violation incident",
          evidence: { action: "end-relationship", endsAt: day("2024-07-30") },
        },
      ],
    },
  ],
});
