import { describe, expect, it } from "vitest";
import { type CrmJobFacts, switchingPreventionRules } from "../../src/relationship/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { jobFacts } from "./_jobFacts.ts";

const finding = (ruleId: string, message: string, severity: "warn" | "correct" = "warn") => ({
  ruleId,
  severity,
  message,
  evidence: { from: ruleId },
});
const atRisk = (findings: NonNullable<CrmJobFacts["switchingRisk"]>["findings"]) =>
  jobFacts({
    job: "switching-prevention",
    stage: "at-risk",
    switchingRisk: { level: "medium", score: findings.length, findings },
  });

describe("switchingPreventionRules", () => {
  it("answers every core switching-risk rule (no twin of their detection)", () => {
    expect(switchingPreventionRules.order).toEqual(["switching-risk-response"]);
    const responses = switchingPreventionRules.rules["switching-risk-response"].defaultOptions.responses;
    expect(Object.keys(responses).sort()).toEqual(
      [
        "purchase-gap-growing",
        "spend-falling",
        "purchase-frequency-falling",
        "probability-alive-low",
        "satisfaction-falling",
        "complaint-unresolved",
        "bond-lapsed",
        "competitor-offer",
      ].sort(),
    );
  });
});

ruleTester(switchingPreventionRules.rules["switching-risk-response"], {
  valid: [
    {
      name: "another job",
      facts: jobFacts({ switchingRisk: { level: "high", score: 3, findings: [finding("competitor-offer", "x")] } }),
    },
    { name: "no switching-risk assessment", facts: jobFacts({ job: "switching-prevention", switchingRisk: null }) },
    {
      name: "an error finding is not a warning sign",
      facts: atRisk([{ ...finding("bond-lapsed", "broken"), severity: "error" }]),
    },
  ],
  invalid: [
    {
      name: "one response per switching-risk rule that fired, in finding order, each once",
      facts: atRisk([
        finding("competitor-offer", "a competitor offer on 2024-06-10"),
        finding("purchase-gap-growing", "91 days since the last purchase"),
        finding("competitor-offer", "a second offer"),
      ]),
      findings: [
        {
          messageId: "respond",
          message:
            "answer the competitor's offer (match it, or show the value the customer would lose): a competitor offer on 2024-06-10 (competitor-offer; switching risk medium)",
          evidence: {
            action: "switching-prevention",
            switchingRiskRule: "competitor-offer",
            finding: { from: "competitor-offer" },
          },
        },
        { messageId: "respond", evidence: { switchingRiskRule: "purchase-gap-growing" } },
      ],
    },
    {
      name: "an app's own switching-risk rule gets the fallback response",
      facts: atRisk([finding("acme/vip-gone-quiet", "quiet")]),
      findings: [
        {
          messageId: "respond",
          data: {
            response: "contact the customer about the warning sign",
            finding: "quiet",
            ruleId: "acme/vip-gone-quiet",
            level: "medium",
          },
        },
      ],
    },
  ],
});
