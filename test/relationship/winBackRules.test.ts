import { describe, expect, it } from "vitest";
import { winBackRules } from "../../src/relationship/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { day, daysTo, jobFacts } from "./_jobFacts.ts";

const lapsed = (overrides: Parameters<typeof jobFacts>[0] = {}) =>
  jobFacts({
    job: "win-back",
    stage: "lapsed",
    lastPurchaseAt: day("2023-03-01"),
    daysSinceLastPurchase: daysTo("2023-03-01"),
    revenue: 640,
    recentRevenue: 0,
    ...overrides,
  });

describe("winBackRules", () => {
  it("holds win-back with a docs page and an offer per reason", () => {
    expect(winBackRules.order).toEqual(["win-back"]);
    expect(Object.keys(winBackRules.rules["win-back"].defaultOptions.offers).sort()).toEqual([
      "competitor",
      "complaint",
      "drifted",
      "ended",
      "service-failure",
    ]);
  });
});

ruleTester(winBackRules.rules["win-back"], {
  valid: [{ name: "another job", facts: jobFacts() }],
  invalid: [
    {
      name: "worth 640 to date, no sign of why: drifted away",
      facts: lapsed(),
      findings: [
        {
          messageId: "winBack",
          message:
            "win back (drifted): a reminder with a reason to return (a new product, a personal offer); value 640 (revenue to date) ≥ 100",
          evidence: { action: "win-back-offer", reason: "drifted", value: 640 },
        },
      ],
    },
    {
      name: "an unresolved complaint is the reason",
      facts: lapsed({
        lastComplaint: {
          openedAt: day("2023-02-20"),
          resolvedAt: null,
          severity: "major",
          category: null,
          daysOpen: 496,
        },
      }),
      findings: [{ messageId: "winBack", evidence: { reason: "complaint" } }],
    },
    {
      name: "a service failure within 90 days before the last purchase",
      facts: lapsed({ lastServiceFailureAt: day("2023-01-15"), serviceFailures: 1 }),
      findings: [{ messageId: "winBack", evidence: { reason: "service-failure" } }],
    },
    {
      name: "a competitor offer was noted",
      facts: lapsed({ lastContactByKind: { "competitor-offer": day("2023-02-01") } }),
      findings: [{ messageId: "winBack", evidence: { reason: "competitor" } }],
    },
    {
      name: "an ended relationship",
      facts: lapsed({ stage: "terminated" }),
      findings: [{ messageId: "winBack", evidence: { reason: "ended" } }],
    },
    {
      name: "a lifetime value below the threshold: let go",
      facts: lapsed({ lifetimeValue: 12.5 }),
      options: { minValue: 50 },
      findings: [
        {
          messageId: "letGo",
          data: { reason: "drifted", value: 12.5, valueSource: "lifetime value", minValue: 50 },
          evidence: { action: "let-go" },
        },
      ],
    },
  ],
});
