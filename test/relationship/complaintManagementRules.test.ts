import { describe, expect, it } from "vitest";
import { type CrmComplaint, complaintManagementRules } from "../../src/relationship/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { day, daysTo, jobFacts } from "./_jobFacts.ts";

const open = (iso: string, severity: "minor" | "major"): CrmComplaint => ({
  openedAt: day(iso),
  resolvedAt: null,
  severity,
  category: "billing",
  daysOpen: daysTo(iso),
});
const complaining = (complaints: CrmComplaint[], serviceFailures = 0) =>
  jobFacts({
    job: "complaint-management",
    stage: "complaining",
    openComplaints: complaints,
    lastComplaint: complaints.at(-1) ?? null,
    serviceFailures,
  });

describe("complaintManagementRules", () => {
  it("holds complaint-resolution and complaint-recovery-offer, each with a docs page", () => {
    expect(complaintManagementRules.order).toEqual(["complaint-resolution", "complaint-recovery-offer"]);
    for (const id of complaintManagementRules.order)
      expect(complaintManagementRules.rules[id].meta.docs).toBe(`docs/rules/${id}.md`);
  });
});

ruleTester(complaintManagementRules.rules["complaint-resolution"], {
  valid: [
    { name: "another job", facts: jobFacts({ openComplaints: [open("2024-06-01", "minor")] }) },
    { name: "no open complaint", facts: complaining([]) },
  ],
  invalid: [
    {
      name: "a minor complaint 10 days open (target 14) and a major one 8 days open (target 5)",
      facts: complaining([open("2024-06-20", "minor"), open("2024-06-22", "major")]),
      findings: [
        {
          messageId: "resolve",
          message: "resolve the minor complaint opened 2024-06-20 (10 days open; target 14 days)",
          evidence: { action: "resolve-complaint", targetDays: 14, dueBy: day("2024-07-04"), category: "billing" },
        },
        {
          messageId: "escalate",
          message:
            "escalate the major complaint opened 2024-06-22 to the complaint manager: 8 days open, past the target of 5 days",
          evidence: { action: "escalate-complaint", daysOpen: 8 },
        },
      ],
    },
    {
      name: "targets from the config",
      facts: complaining([open("2024-06-20", "minor")]),
      options: { resolveWithinDays: { minor: 7, major: 2 }, escalateTo: "team lead" },
      findings: [
        {
          messageId: "escalate",
          data: { severity: "minor", openedAt: "2024-06-20", days: 10, target: 7, escalateTo: "team lead" },
        },
      ],
    },
  ],
});

ruleTester(complaintManagementRules.rules["complaint-recovery-offer"], {
  valid: [
    { name: "a minor complaint after one failure", facts: complaining([open("2024-06-20", "minor")], 1) },
    { name: "another job", facts: jobFacts({ openComplaints: [open("2024-06-20", "major")] }) },
  ],
  invalid: [
    {
      name: "a major complaint is open",
      facts: complaining([open("2024-06-20", "major")]),
      findings: [{ messageId: "recover", data: { offer: "apology and compensation", why: "1 major complaint open" } }],
    },
    {
      name: "a minor complaint after 2 service failures",
      facts: complaining([open("2024-06-20", "minor")], 2),
      findings: [
        {
          messageId: "recover",
          data: { offer: "apology and compensation", why: "2 service failures (from 2)" },
          evidence: { serviceFailures: 2 },
        },
      ],
    },
  ],
});
