import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { coreTerminationRules } from "../../src/termination/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { complaint, factsOf, incident, interaction, rec, tx } from "./_terminationFixtures.ts";

const r = coreTerminationRules.rules;

describe("coreTerminationRules", () => {
  it("holds the four core rules, bare kebab-case ids, each with a citation and a docs page", () => {
    expect(coreTerminationRules.order).toEqual([
      "too-costly",
      "emotionally-draining",
      "violates-core-values",
      "correct-before-terminate",
    ]);
    for (const id of coreTerminationRules.order) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r[id].meta.citation).toBeTruthy();
      expect(r[id].meta.docs).toBe(`docs/rules/${id}.md`);
      expect(existsSync(fileURLToPath(new URL(`../../${r[id].meta.docs}`, import.meta.url))), id).toBe(true);
    }
  });
  it("lets only core-value violations and failed corrections terminate (the economic and emotional criteria correct)", () => {
    expect(r["too-costly"].meta.severity).toBe("correct");
    expect(r["emotionally-draining"].meta.severity).toBe("correct");
    expect(r["violates-core-values"].meta.severity).toBe("terminate");
    expect(r["correct-before-terminate"].meta.severity).toBe("terminate");
  });
});

// Worked example (too-costly): two purchases of 100 at cost 70 (margin 60) in the year to 2024-06-30;
// one incident of 3 staff hours at 40 an hour (120) and two calls at 6 (12): service cost 132.
// Run rate (horizon = lookback = 365 days): expected value = 2 × 30 − 132 = −72.
// Price lever: 72 / 200 expected revenue = 36 %; service lever: cap the service cost at 132 − 72 = 60.
const costly = rec({
  transactions: [tx("2024-01-10", 100, 70), tx("2024-04-10", 100, 70)],
  incidents: [incident("2024-02-01", "policy-violation", 3)],
  interactions: [interaction("2024-03-01", "call"), interaction("2024-05-01", "call")],
});
const rates = { perIncidentStaffHour: 40, perInteraction: { call: 6 } };

ruleTester(r["too-costly"], {
  valid: [
    { name: "the same customer with unpriced service: value +60", facts: factsOf(costly) },
    {
      name: "shortfall equal to the tolerance (−72 is not below −72)",
      facts: factsOf(costly, { costDrivers: rates }),
      options: { tolerance: 72 },
    },
    { name: "no purchases and no service: value 0", facts: factsOf(rec()) },
    {
      name: "a fitted model expecting 25.76 purchases (CDNOW customer 1516, FHL 2005) outweighs the service cost",
      facts: factsOf(costly, {
        costDrivers: rates,
        horizonDays: 364,
        fit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
        summary: { frequency: 26, recency: 30.86, T: 31 },
      }),
    },
  ],
  invalid: [
    {
      name: "margin 60 against service cost 132: value −72, price +36 % or service capped at 60",
      facts: factsOf(costly, { costDrivers: rates }),
      findings: [
        {
          messageId: "destroysValue",
          data: { value: -72, horizonDays: 365, tolerance: 0, purchases: 2, margin: 60, serviceCost: 132 },
          message:
            "expected future value -72 over 365 days is negative beyond the tolerance 0: 2 expected purchases bring margin 60, service is expected to cost 132",
          evidence: {
            revenue: 200,
            grossMargin: 60,
            serviceCost: 132,
            staffHours: 3,
            netContribution: -72,
            expectedPurchasesSource: "run-rate",
            actions: [
              {
                lever: "price-adjustment",
                reason:
                  "raise this customer's prices by 36% (or cut discounts) so the 200 of expected revenue covers the 72 shortfall",
                targets: { priceIncrease: 0.36, shortfall: 72, expectedRevenue: 200 },
              },
              {
                lever: "service-level-limit",
                reason:
                  "limit the service level (contacts, staff time, free extras) to a cost of 60 over the horizon, down from 132",
                targets: { serviceCostCap: 60, projectedServiceCost: 132 },
              },
            ],
          },
        },
      ],
      expectedOptions: { tolerance: 0 },
    },
    {
      name: "just beyond a tolerance of 71.99",
      facts: factsOf(costly, { costDrivers: rates }),
      options: { tolerance: 71.99 },
      findings: [
        {
          messageId: "destroysValue",
          data: { value: -72, horizonDays: 365, tolerance: 71.99, purchases: 2, margin: 60, serviceCost: 132 },
        },
      ],
    },
    {
      name: "a horizon of half the lookback (91 of 182 days) halves the projection: 1 × 30 − 66 = −36",
      facts: factsOf(costly, { costDrivers: rates, horizonDays: 91, lookbackDays: 182 }),
      findings: [
        {
          messageId: "destroysValue",
          data: { value: -36, horizonDays: 91, tolerance: 0, purchases: 1, margin: 30, serviceCost: 66 },
        },
      ],
    },
    {
      name: "transactions sold below cost: negative margin alone (price lever only)",
      facts: factsOf(rec({ transactions: [tx("2024-03-01", 50, 60)] })),
      findings: [
        {
          messageId: "destroysValue",
          data: { value: -10, horizonDays: 365, tolerance: 0, purchases: 1, margin: -10, serviceCost: 0 },
          evidence: {
            actions: [
              { lever: "price-adjustment", targets: { priceIncrease: 0.2, shortfall: 10, expectedRevenue: 50 } },
            ],
          },
        },
      ],
    },
    {
      name: "a customer the BG/NBD expects to buy 0.25 times in 52 weeks (x = 0, T = 38) cannot cover the service",
      facts: factsOf(costly, {
        costDrivers: rates,
        horizonDays: 364,
        fit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
        summary: { frequency: 0, recency: 0, T: 38 },
      }),
      findings: [{ messageId: "destroysValue", evidence: { expectedPurchasesSource: "fit", spendSource: "observed" } }],
    },
  ],
});

ruleTester(r["emotionally-draining"], {
  valid: [
    {
      name: "one abusive incident (threshold 2)",
      facts: factsOf(rec({ incidents: [incident("2024-05-01", "abuse", 2)] })),
    },
    {
      name: "two abusive incidents, one before the 365-day lookback",
      facts: factsOf(rec({ incidents: [incident("2023-06-01", "abuse"), incident("2024-05-01", "abuse")] })),
    },
    {
      name: "19.5 staff hours (threshold 20)",
      facts: factsOf(
        rec({ incidents: [incident("2024-01-01", "policy-violation", 12), incident("2024-03-01", "fraud", 7.5)] }),
      ),
    },
    {
      name: "abuse dated after asOf is not read",
      facts: factsOf(rec({ incidents: [incident("2024-06-01", "abuse"), incident("2024-07-02", "abuse")] })),
    },
  ],
  invalid: [
    {
      name: "two abusive incidents in the lookback: agree rules of conduct",
      facts: factsOf(rec({ incidents: [incident("2024-02-01", "abuse", 1), incident("2024-05-01", "abuse", 2)] })),
      findings: [
        {
          messageId: "abusive",
          data: { count: 2, lookbackDays: 365, threshold: 2 },
          message:
            "2 abusive incidents in the last 365 days (threshold 2): agree rules of conduct before anything else",
          evidence: {
            abuseIncidents: 2,
            staffHours: 3,
            actions: [{ lever: "conduct-agreement", targets: { abuseIncidents: 0 } }],
          },
        },
      ],
      expectedOptions: { lookbackDays: 365, abuseIncidentsAtLeast: 2, staffHoursAtLeast: 20 },
    },
    {
      name: "one abusive incident with the threshold lowered to 1",
      facts: factsOf(rec({ incidents: [incident("2024-05-01", "abuse")] })),
      options: { abuseIncidentsAtLeast: 1 },
      findings: [{ messageId: "abusive", data: { count: 1, lookbackDays: 365, threshold: 1 } }],
    },
    {
      name: "exactly 20 staff hours (12 + 8): limit the service level",
      facts: factsOf(
        rec({ incidents: [incident("2024-01-01", "policy-violation", 12), incident("2024-03-01", "fraud", 8)] }),
      ),
      findings: [
        {
          messageId: "drainsStaff",
          data: { hours: 20, lookbackDays: 365, threshold: 20 },
          evidence: { actions: [{ lever: "service-level-limit", targets: { staffHoursCap: 20, staffHours: 20 } }] },
        },
      ],
    },
    {
      name: "both at once: two findings, abuse first",
      facts: factsOf(rec({ incidents: [incident("2024-02-01", "abuse", 10), incident("2024-05-01", "abuse", 10)] })),
      findings: [{ messageId: "abusive" }, { messageId: "drainsStaff" }],
    },
  ],
});

ruleTester(r["violates-core-values"], {
  valid: [
    {
      name: "abuse and policy violations are not core-value violations",
      facts: factsOf(rec({ incidents: [incident("2024-01-01", "abuse"), incident("2024-02-01", "policy-violation")] })),
    },
    {
      name: "fraud with includeFraud off",
      facts: factsOf(rec({ incidents: [incident("2024-01-01", "fraud")] })),
      options: { includeFraud: false },
    },
    {
      name: "a violation after asOf",
      facts: factsOf(
        rec({ incidents: [incident("2024-01-01", "abuse"), incident("2024-07-01", "core-value-violation")] }),
      ),
    },
    {
      name: "a violation older than a 90-day lookback",
      facts: factsOf(rec({ incidents: [incident("2024-03-01", "core-value-violation")] })),
      options: { lookbackDays: 90 },
    },
  ],
  invalid: [
    {
      name: "one core-value violation is enough, however long ago",
      facts: factsOf(rec({ incidents: [incident("2019-05-04", "core-value-violation")] })),
      findings: [
        {
          messageId: "violation",
          data: { kind: "core-value-violation", date: "2019-05-04", count: 1 },
          message:
            "core-value-violation incident on 2019-05-04 (1 in all): the relationship violates the firm's core values and ends without a correction",
          evidence: { actions: [{ lever: "end-relationship", targets: {} }], includeFraud: true, lookbackDays: null },
        },
      ],
    },
    {
      name: "fraud counts by default; the latest violation is named",
      facts: factsOf(
        rec({ incidents: [incident("2024-01-01", "core-value-violation"), incident("2024-04-01", "fraud")] }),
      ),
      findings: [{ messageId: "violation", data: { kind: "fraud", date: "2024-04-01", count: 2 } }],
    },
  ],
});

// Corrections: an interaction of kind "correction-offered" (topic = lever) or one in options.corrections.
const conduct = interaction("2024-03-01", "correction-offered", "conduct-agreement");
ruleTester(r["correct-before-terminate"], {
  valid: [
    {
      name: "abuse but no correction tried yet",
      facts: factsOf(rec({ incidents: [incident("2024-02-01", "abuse"), incident("2024-04-01", "abuse")] })),
    },
    {
      name: "a conduct agreement that held: no abuse after it, 121 days of positive margin",
      facts: factsOf(
        rec({
          incidents: [incident("2024-02-01", "abuse")],
          interactions: [conduct],
          transactions: [tx("2024-05-01", 100, 60)],
        }),
      ),
    },
    {
      name: "a price correction 30 days ago: pending (review after 90 days), although the margin is still negative",
      facts: factsOf(rec({ transactions: [tx("2024-06-15", 50, 60)] }), {
        corrections: [{ timestamp: "2024-05-31", lever: "price-adjustment" }],
      }),
    },
    {
      name: "a failed conduct agreement, but 2 open complaints (word-of-mouth risk) ask for 2 failed corrections",
      facts: factsOf(
        rec({
          interactions: [conduct],
          incidents: [incident("2024-04-01", "abuse")],
          complaints: [complaint("2024-05-01", "unresolved"), complaint("2024-05-10", "unresolved")],
        }),
      ),
    },
    {
      name: "a failed correction followed by one that is holding: the latest decides",
      facts: factsOf(
        rec({
          interactions: [
            interaction("2024-01-01", "correction-offered", "conduct-agreement"),
            interaction("2024-04-01", "correction-offered", "service-level-limit"),
          ],
          incidents: [incident("2024-02-01", "abuse")],
          transactions: [tx("2024-05-01", 100, 50)],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: "abuse again after the conduct agreement: end the relationship",
      facts: factsOf(
        rec({
          interactions: [conduct],
          incidents: [incident("2024-02-01", "abuse"), incident("2024-04-01", "abuse", 1)],
        }),
      ),
      findings: [
        {
          messageId: "correctionsFailed",
          data: {
            failed: 1,
            lever: "conduct-agreement",
            date: "2024-03-01",
            reason: "1 abusive incident(s) after it",
            required: 1,
            risk: "",
          },
          message:
            "1 correction(s) tried and failed (latest: conduct-agreement on 2024-03-01: 1 abusive incident(s) after it); 1 required: end the relationship",
          evidence: {
            openComplaints: 0,
            wordOfMouthRisk: [],
            actions: [{ lever: "end-relationship", targets: { failedCorrections: 1 } }],
            corrections: [{ lever: "conduct-agreement", verdict: "failed", abuseIncidents: 1, staffHours: 1 }],
          },
        },
      ],
      expectedOptions: {
        reviewDays: 90,
        abuseIncidentsAfter: 1,
        staffHoursAfter: 10,
        failedCorrections: 1,
        failedCorrectionsWithWordOfMouthRisk: 2,
        openComplaintsAtLeast: 2,
        influenceAtLeast: 0.7,
        revenueAtLeast: null,
      },
    },
    {
      name: "a price correction 120 days ago and the margin is still negative (50 − 60 = −10)",
      facts: factsOf(rec({ transactions: [tx("2024-05-01", 50, 60)] }), {
        corrections: [{ timestamp: "2024-03-02", lever: "price-adjustment" }],
      }),
      findings: [
        {
          messageId: "correctionsFailed",
          data: {
            failed: 1,
            lever: "price-adjustment",
            date: "2024-03-02",
            reason: "net contribution -10 after it",
            required: 1,
            risk: "",
          },
        },
      ],
    },
    {
      name: "word-of-mouth risk (2 open complaints) and two failed corrections: end, resolving the complaints first",
      facts: factsOf(
        rec({
          interactions: [
            interaction("2024-01-01", "correction-offered", "conduct-agreement"),
            interaction("2024-04-01", "correction-offered", "service-level-limit"),
          ],
          incidents: [incident("2024-02-01", "abuse"), incident("2024-05-01", "policy-violation", 12)],
          complaints: [
            complaint("2024-05-01", "unresolved"),
            complaint("2024-05-10", "unresolved"),
            complaint("2024-01-10", "resolved", "2024-01-12"),
          ],
        }),
      ),
      findings: [
        {
          messageId: "correctionsFailed",
          data: {
            failed: 2,
            lever: "service-level-limit",
            date: "2024-04-01",
            reason: "12 staff hours after it",
            required: 2,
            risk: " (word-of-mouth risk: 2 open complaints)",
          },
          evidence: {
            openComplaints: 2,
            actions: [
              { lever: "end-relationship", targets: { failedCorrections: 2 } },
              { lever: "resolve-open-complaints", targets: { failedCorrections: 2, openComplaints: 2 } },
            ],
          },
        },
      ],
    },
    {
      name: "an influential customer (0.8 ≥ 0.7) whose bar was lowered back to 1 by config",
      facts: factsOf(rec({ interactions: [conduct], incidents: [incident("2024-04-01", "abuse")] }), {
        influence: 0.8,
      }),
      options: { failedCorrectionsWithWordOfMouthRisk: 1 },
      findings: [
        {
          messageId: "correctionsFailed",
          data: {
            failed: 1,
            lever: "conduct-agreement",
            date: "2024-03-01",
            reason: "1 abusive incident(s) after it",
            required: 1,
            risk: " (word-of-mouth risk: influence 0.8)",
          },
        },
      ],
    },
  ],
});
