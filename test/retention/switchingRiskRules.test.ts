import { describe, expect, it } from "vitest";
import { switchingRiskRules } from "../../src/retention/index.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { bond, cdnowBgNbd, complaint, facts, interaction, survey, tx } from "./_riskFixtures.ts";

const rules = switchingRiskRules.rules;

/** Purchases every 30 days (2024 is a leap year: Jan 1, Jan 31, Mar 1, Mar 31). */
const every30 = [tx("2024-01-01"), tx("2024-01-31"), tx("2024-03-01"), tx("2024-03-31")];

describe("switchingRiskRules", () => {
  it("holds the eight core rules, each with a docs page, options schema and defaults", () => {
    expect(switchingRiskRules.order).toEqual([
      "purchase-gap-growing",
      "spend-falling",
      "purchase-frequency-falling",
      "probability-alive-low",
      "satisfaction-falling",
      "complaint-unresolved",
      "bond-lapsed",
      "competitor-offer",
    ]);
    for (const id of switchingRiskRules.order) {
      const rule = rules[id];
      expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
      expect(rule.optionsSchema).toBeDefined();
      expect(Object.keys(rule.defaultOptions).length).toBeGreaterThan(0);
    }
  });
});

ruleTester(rules["purchase-gap-growing"], {
  valid: [
    { name: "no purchase", facts: facts("2024-06-30") },
    {
      name: "two earlier gaps (fewer than minPriorGaps 3)",
      facts: facts("2024-06-30", { transactions: every30.slice(1) }),
    },
    {
      name: "on rhythm: 30 days since the last purchase, median gap 30",
      facts: facts("2024-04-30", { transactions: every30 }),
    },
    { name: "exactly 2× (60 days) does not exceed 2×", facts: facts("2024-05-30", { transactions: every30 }) },
    {
      name: "a purchase after asOf is not read (it would not count as the last purchase either)",
      facts: facts("2024-04-30", { transactions: [...every30, tx("2024-09-01")] }),
    },
    {
      name: "ratioAbove 4 is not exceeded by 91 / 30",
      facts: facts("2024-06-30", { transactions: every30 }),
      options: { ratioAbove: 4 },
    },
  ],
  invalid: [
    {
      name: "91 days since Mar 31 against a median gap of 30 days: 3.03×",
      facts: facts("2024-06-30", { transactions: every30 }),
      findings: [
        {
          messageId: "gapGrowing",
          data: { currentGapDays: 91, typicalGapDays: 30, ratio: 3.03, ratioAbove: 2 },
          message: "91 days since the last purchase, 3.03× the customer's median gap of 30 days (limit 2×)",
          evidence: { lastPurchase: "2024-03-31T00:00:00.000Z", priorGaps: 3, ratio: 91 / 30 },
        },
      ],
      expectedOptions: { ratioAbove: 2, minPriorGaps: 3 },
    },
    {
      name: "the median, not the mean: gaps 10, 20, 100 days give 20; 50 days since is 2.5×",
      facts: facts("2024-06-29", {
        transactions: [tx("2024-01-01"), tx("2024-01-11"), tx("2024-01-31"), tx("2024-05-10")],
      }),
      findings: [
        { messageId: "gapGrowing", data: { currentGapDays: 50, typicalGapDays: 20, ratio: 2.5, ratioAbove: 2 } },
      ],
    },
    {
      name: "a second purchase on the same instant adds no zero-length gap",
      facts: facts("2024-06-30", { transactions: [...every30, tx("2024-03-31")] }),
      findings: [{ messageId: "gapGrowing", evidence: { priorGaps: 3, typicalGapDays: 30 } }],
    },
    {
      name: "ratioAbove 1.5: 46 days is 1.53×",
      facts: facts("2024-05-16", { transactions: every30 }),
      options: { ratioAbove: 1.5 },
      findings: [
        { messageId: "gapGrowing", data: { currentGapDays: 46, typicalGapDays: 30, ratio: 1.53, ratioAbove: 1.5 } },
      ],
    },
  ],
});

// asOf 2024-06-30, 6-month windows: recent (2023-12-30, 2024-06-30], prior (2023-06-30, 2023-12-30].
ruleTester(rules["spend-falling"], {
  valid: [
    { name: "no purchase", facts: facts("2024-06-30") },
    {
      name: "a drop of 0.4 (120 against 200) is under 0.5",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-08-01", 100), tx("2023-10-01", 100), tx("2024-03-01", 120)],
      }),
    },
    {
      name: "one purchase in the prior window (fewer than minPriorPurchases 2)",
      facts: facts("2024-06-30", { transactions: [tx("2023-08-01", 200), tx("2024-03-01", 10)] }),
    },
    {
      name: "spend rose",
      facts: facts("2024-06-30", { transactions: [tx("2023-08-01", 10), tx("2023-10-01", 10), tx("2024-03-01", 50)] }),
    },
    {
      name: "purchases before the prior window are not read",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-01-01", 500), tx("2023-02-01", 500), tx("2024-03-01", 10)],
      }),
    },
  ],
  invalid: [
    {
      name: "50 in the last 6 months against 200 in the 6 before: a drop of 0.75",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-08-01", 100), tx("2023-10-01", 100), tx("2024-03-01", 50)],
      }),
      findings: [
        {
          messageId: "spendFalling",
          data: { recentSpend: 50, priorSpend: 200, windowMonths: 6, drop: 0.75, dropAtLeast: 0.5 },
          message: "spent 50 in the last 6 months against 200 in the 6 before (a drop of 0.75; limit 0.5)",
          evidence: {
            recentWindow: { from: "2023-12-30T00:00:00.000Z", to: "2024-06-30T00:00:00.000Z", purchases: 1, spend: 50 },
            priorWindow: { from: "2023-06-30T00:00:00.000Z", to: "2023-12-30T00:00:00.000Z", purchases: 2, spend: 200 },
          },
        },
      ],
    },
    {
      name: "exactly half (100 against 200) is a drop of 0.5, which fires; a purchase at the recent window's start counts as prior",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-08-01", 100), tx("2023-12-30", 100), tx("2024-03-01", 100)],
      }),
      findings: [
        {
          messageId: "spendFalling",
          data: { recentSpend: 100, priorSpend: 200, windowMonths: 6, drop: 0.5, dropAtLeast: 0.5 },
        },
      ],
    },
    {
      name: "3-month windows: recent (2024-03-30, 2024-06-30], prior (2023-12-30, 2024-03-30]; nothing recent",
      facts: facts("2024-06-30", { transactions: [tx("2024-01-15", 30), tx("2024-02-15", 30)] }),
      options: { windowMonths: 3 },
      findings: [
        {
          messageId: "spendFalling",
          data: { recentSpend: 0, priorSpend: 60, windowMonths: 3, drop: 1, dropAtLeast: 0.5 },
        },
      ],
    },
  ],
});

ruleTester(rules["purchase-frequency-falling"], {
  valid: [
    { name: "no purchase", facts: facts("2024-06-30") },
    {
      name: "two and two",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-08-01"), tx("2023-10-01"), tx("2024-02-01"), tx("2024-04-01")],
      }),
    },
    {
      name: "dropAtLeast 0.8 is not reached by 1 against 4",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-07-01"), tx("2023-08-01"), tx("2023-09-01"), tx("2023-10-01"), tx("2024-03-01")],
      }),
      options: { dropAtLeast: 0.8 },
    },
  ],
  invalid: [
    {
      name: "1 purchase in the last 6 months against 4 in the 6 before: a drop of 0.75",
      facts: facts("2024-06-30", {
        transactions: [tx("2023-07-01"), tx("2023-08-01"), tx("2023-09-01"), tx("2023-10-01"), tx("2024-03-01")],
      }),
      findings: [
        {
          messageId: "frequencyFalling",
          data: { recentPurchases: 1, priorPurchases: 4, windowMonths: 6, drop: 0.75, dropAtLeast: 0.5 },
          message: "1 purchases in the last 6 months against 4 in the 6 before (a drop of 0.75; limit 0.5)",
        },
      ],
    },
  ],
});

/**
 * BG/NBD P(alive) (Fader, Hardie & Lee 2005, eq. 13) with the published CDNOW estimates r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426: 1 / (1 + a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)).
 */
const bgNbdAlive = (x: number, tx: number, T: number) =>
  1 / (1 + (0.793 / (2.426 + x - 1)) * ((4.414 + T) / (4.414 + tx)) ** (0.243 + x));

ruleTester(rules["probability-alive-low"], {
  valid: [
    { name: "no fit: the rule does not fire", facts: facts("2024-06-30", { transactions: every30 }) },
    {
      name: "x = 3, t_x = 90/7, T = 97/7 weeks: P(alive) 0.823",
      facts: { ...facts("2024-04-07", { transactions: every30 }), fit: cdnowBgNbd },
    },
    {
      name: "no purchase by asOf",
      facts: { ...facts("2024-06-30", { transactions: [tx("2024-08-01")] }), fit: cdnowBgNbd },
    },
    {
      name: "below 0.4 is not reached by 0.4749",
      facts: { ...facts("2024-06-30", { transactions: every30 }), fit: cdnowBgNbd },
      options: { below: 0.4 },
    },
  ],
  invalid: [
    {
      name: "the record summarised in weeks at asOf: x = 3, t_x = 90/7, T = 181/7; P(alive) = 0.4749 (FHL 2005 eq. 13)",
      facts: { ...facts("2024-06-30", { transactions: every30 }), fit: cdnowBgNbd },
      findings: [
        {
          messageId: "aliveLow",
          data: {
            probabilityAlive: Math.round(bgNbdAlive(3, 90 / 7, 181 / 7) * 1e4) / 1e4,
            below: 0.5,
            model: "bg-nbd",
            frequency: 3,
            recency: 12.8571,
            T: 25.8571,
            unit: "week",
          },
          message: "P(alive) 0.4749 is below 0.5 (bg-nbd: x = 3, t_x = 12.8571, T = 25.8571 weeks)",
        },
      ],
    },
    {
      name: "a summary given by the caller is used as is (x = 2, t_x = 5, T = 60: P(alive) 0.0547)",
      facts: { ...facts("2024-06-30"), fit: cdnowBgNbd, summary: { frequency: 2, recency: 5, T: 60 } },
      findings: [
        {
          messageId: "aliveLow",
          data: {
            probabilityAlive: Math.round(bgNbdAlive(2, 5, 60) * 1e4) / 1e4,
            below: 0.5,
            model: "bg-nbd",
            frequency: 2,
            recency: 5,
            T: 60,
            unit: "week",
          },
        },
      ],
    },
  ],
});

describe("probability-alive-low, hand-checked figure", () => {
  it("P(alive) for x = 3, t_x = 90/7, T = 181/7 under the CDNOW BG/NBD is 0.4749 (FHL 2005 eq. 13 by hand)", () => {
    // a/(b+x−1) = 0.793/4.426 = 0.17917; (30.2711/17.2711)^3.243 = 6.1706; 1/(1 + 1.1056) = 0.4749.
    expect(bgNbdAlive(3, 90 / 7, 181 / 7)).toBeCloseTo(0.4749, 4);
  });
});

ruleTester(rules["satisfaction-falling"], {
  valid: [
    { name: "no survey", facts: facts("2024-06-30") },
    {
      name: "one response: nothing earlier",
      facts: facts("2024-06-30", { surveyResponses: [survey("2024-01-10", 2)] }),
    },
    {
      name: "a drop of 0.5 (4 after 5, 4) is under 1",
      facts: facts("2024-06-30", {
        surveyResponses: [survey("2024-01-10", 5), survey("2024-03-10", 4), survey("2024-06-01", 4)],
      }),
    },
    {
      name: "another instrument is not read",
      facts: facts("2024-06-30", { surveyResponses: [survey("2024-01-10", 5), survey("2024-06-01", 1, "ces")] }),
    },
    {
      name: "a response after asOf is not read",
      facts: facts("2024-06-30", { surveyResponses: [survey("2024-01-10", 5), survey("2024-07-01", 1)] }),
    },
    {
      name: "a response without the item is not counted",
      facts: facts("2024-06-30", {
        surveyResponses: [survey("2024-01-10", 5), survey("2024-06-01", 1, "csat", "staff")],
      }),
    },
  ],
  invalid: [
    {
      name: "3 after 5 and 4: 1.5 points below the earlier mean 4.5",
      facts: facts("2024-06-30", {
        surveyResponses: [survey("2024-01-10", 5), survey("2024-03-10", 4), survey("2024-06-01", 3)],
      }),
      findings: [
        {
          messageId: "satisfactionFalling",
          data: {
            instrument: "csat",
            item: "overall",
            latest: 3,
            drop: 1.5,
            earlierMean: 4.5,
            earlier: 2,
            dropAtLeast: 1,
            scaleMin: 1,
            scaleMax: 5,
          },
          message:
            "latest csat/overall score 3 is 1.5 points below the mean 4.5 of 2 earlier responses (limit 1 on a 1–5 scale)",
          evidence: { latestAt: "2024-06-01T00:00:00.000Z" },
        },
      ],
    },
    {
      name: "a declared 0–10 NPS item: 6 after 9 and 10 is 3.5 below",
      facts: facts("2024-06-30", {
        surveyResponses: [
          survey("2024-01-10", 9, "nps", "likelihood"),
          survey("2024-03-10", 10, "nps", "likelihood"),
          survey("2024-06-01", 6, "nps", "likelihood"),
        ],
      }),
      options: { instrument: "nps", item: "likelihood", scaleMin: 0, scaleMax: 10, dropAtLeast: 2 },
      findings: [
        {
          messageId: "satisfactionFalling",
          data: {
            instrument: "nps",
            item: "likelihood",
            latest: 6,
            drop: 3.5,
            earlierMean: 9.5,
            earlier: 2,
            dropAtLeast: 2,
            scaleMin: 0,
            scaleMax: 10,
          },
        },
      ],
    },
  ],
});

ruleTester(rules["complaint-unresolved"], {
  valid: [
    { name: "no complaint", facts: facts("2024-06-30") },
    {
      name: "resolved before asOf",
      facts: facts("2024-06-30", { complaints: [complaint("2024-05-02", "2024-06-01")] }),
    },
    { name: "opened after asOf", facts: facts("2024-06-30", { complaints: [complaint("2024-07-02")] }) },
    {
      name: "open 59 days, openForDays 60",
      facts: facts("2024-06-30", { complaints: [complaint("2024-05-02")] }),
      options: { openForDays: 60 },
    },
  ],
  invalid: [
    {
      name: "an unresolved complaint opened 59 days before asOf",
      facts: facts("2024-06-30", { complaints: [complaint("2024-05-02")] }),
      findings: [
        {
          messageId: "unresolved",
          data: { severity: "major", openedAt: "2024-05-02", daysOpen: 59 },
          evidence: { outcome: "unresolved", resolvedAt: null },
        },
      ],
    },
    {
      name: "resolved only after asOf: still open at asOf",
      facts: facts("2024-06-30", { complaints: [complaint("2024-06-20", "2024-07-05")] }),
      findings: [
        {
          messageId: "unresolved",
          data: { severity: "minor", openedAt: "2024-06-20", daysOpen: 10 },
          evidence: { resolvedAt: "2024-07-05T00:00:00.000Z" },
        },
      ],
    },
    {
      name: "one finding per open complaint",
      facts: facts("2024-06-30", {
        complaints: [complaint("2024-05-02"), complaint("2024-05-10", "2024-05-11"), complaint("2024-06-20")],
      }),
      findings: [
        { messageId: "unresolved", data: { severity: "major", openedAt: "2024-05-02", daysOpen: 59 } },
        { messageId: "unresolved", data: { severity: "major", openedAt: "2024-06-20", daysOpen: 10 } },
      ],
    },
  ],
});

ruleTester(rules["bond-lapsed"], {
  valid: [
    { name: "no bonds", facts: facts("2024-06-30") },
    {
      name: "still active at asOf",
      facts: facts("2024-06-30", { bonds: [bond("financial", "stamp-card", "2024-01-01", "2024-07-01")] }),
    },
    {
      name: "ended 121 days ago (lookback 90)",
      facts: facts("2024-06-30", { bonds: [bond("financial", "stamp-card", "2023-01-01", "2024-03-01")] }),
    },
    {
      name: "ended, but renewed: another financial bond is active",
      facts: facts("2024-06-30", {
        bonds: [
          bond("financial", "stamp-card", "2024-01-01", "2024-05-01"),
          bond("financial", "points-program", "2024-05-01"),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "a stamp card ended 60 days ago with no financial bond left",
      facts: facts("2024-06-30", {
        bonds: [bond("financial", "stamp-card", "2024-01-01", "2024-05-01"), bond("social", "club", "2024-01-01")],
      }),
      findings: [
        {
          messageId: "lapsed",
          data: { level: "financial", kind: "stamp-card", endedAt: "2024-05-01", daysAgo: 60 },
          evidence: { activeCounts: { financial: 0, social: 1, structural: 0 }, end: "2024-05-01T00:00:00.000Z" },
        },
      ],
    },
    {
      name: "ending exactly at asOf counts (the end is exclusive: not active at asOf); lookback 200 reaches a March end",
      facts: facts("2024-06-30", {
        bonds: [
          bond("social", "club", "2023-01-01", "2024-03-01"),
          bond("structural", "data-integration", "2023-01-01", "2024-06-30"),
        ],
      }),
      options: { lookbackDays: 200 },
      findings: [
        { messageId: "lapsed", data: { level: "social", kind: "club", endedAt: "2024-03-01", daysAgo: 121 } },
        {
          messageId: "lapsed",
          data: { level: "structural", kind: "data-integration", endedAt: "2024-06-30", daysAgo: 0 },
        },
      ],
    },
  ],
});

ruleTester(rules["competitor-offer"], {
  valid: [
    { name: "no interaction", facts: facts("2024-06-30") },
    { name: "121 days ago (lookback 90)", facts: facts("2024-06-30", { interactions: [interaction("2024-03-01")] }) },
    { name: "another kind", facts: facts("2024-06-30", { interactions: [interaction("2024-06-10", "newsletter")] }) },
    { name: "after asOf", facts: facts("2024-06-30", { interactions: [interaction("2024-07-10")] }) },
  ],
  invalid: [
    {
      name: "a competitor offer 20 days before asOf",
      facts: facts("2024-06-30", { interactions: [interaction("2024-06-10")] }),
      findings: [
        {
          messageId: "offer",
          data: { kind: "competitor-offer", at: "2024-06-10", channel: "phone", daysAgo: 20 },
          message: "a competitor-offer was noted 2024-06-10 via phone (20 days ago): a rival is courting the customer",
          evidence: { direction: "inbound", topic: null },
        },
      ],
    },
    {
      name: "configured kinds: a price-match request counts",
      facts: facts("2024-06-30", {
        interactions: [interaction("2024-06-10", "price-match-request"), interaction("2024-06-11")],
      }),
      options: { kinds: ["price-match-request"] },
      findings: [
        { messageId: "offer", data: { kind: "price-match-request", at: "2024-06-10", channel: "phone", daysAgo: 20 } },
      ],
    },
  ],
});
