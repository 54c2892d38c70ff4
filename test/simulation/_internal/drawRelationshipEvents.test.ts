import { describe, expect, it } from "vitest";
import { createCounterStream } from "../../../src/_lib/splitMix64.ts";
import { type DrawSettings, drawRelationshipEvents } from "../../../src/simulation/_internal/drawRelationshipEvents.ts";
import { defaultRelationshipEventRates } from "../../../src/simulation/index.ts";

const DAY = 86_400_000;
const from = Date.UTC(2023, 0, 1);
const asOf = Date.UTC(2025, 0, 1);
const settings = (rates: Partial<DrawSettings["rates"]> = {}): DrawSettings => ({
  seed: 11,
  from,
  asOf,
  rates: { ...defaultRelationshipEventRates, ...rates },
  currency: undefined,
});

describe("drawRelationshipEvents", () => {
  it("ignores purchases outside the window: no failure or survey follows them", () => {
    const purchases = [from - 10 * DAY, from - DAY, asOf + DAY];
    const e = drawRelationshipEvents(
      createCounterStream(),
      "x",
      purchases,
      settings({ failurePerPurchase: 1, surveyPerPurchase: 1 }),
    );
    expect(e.serviceFailures).toEqual([]);
    expect(e.surveyResponses).toEqual([]);
  });

  it("starts the customer's span at their first purchase in the window: bonds, incidents and touchpoints come after it", () => {
    const first = from + 300 * DAY;
    const e = drawRelationshipEvents(
      createCounterStream(),
      "y",
      [first, first + 50 * DAY],
      settings({
        pointsProgram: 1,
        tradeInOffer: 1,
        personalContact: 1,
        integratedSystem: 1,
        abuseIncident: 1,
        fraudIncident: 1,
        touchpointsPerYear: 50,
      }),
    );
    expect(e.bonds.length).toBeGreaterThanOrEqual(4);
    expect(e.incidents.length).toBeGreaterThanOrEqual(2);
    expect(e.interactions.length).toBeGreaterThan(10);
    for (const b of e.bonds) expect(b.start.getTime()).toBeGreaterThanOrEqual(first);
    for (const x of [...e.incidents, ...e.interactions]) expect(x.timestamp.getTime()).toBeGreaterThanOrEqual(first);
  });

  it("lowers survey answers while a complaint is open: with a drop of 1 every answer is within the ±0.1 noise of the scale's bottom", () => {
    // Every purchase fails and is complained about, never resolved; the survey (1–7 days later) then meets
    // an open complaint (opened within 4 days of the purchase) whenever it comes after the complaint.
    const purchases = Array.from({ length: 40 }, (_, k) => from + DAY + k * 15 * DAY);
    const rates = {
      failurePerPurchase: 1,
      complaintAfterMinor: 1,
      complaintAfterMajor: 1,
      resolvedQuicklyShare: 0,
      resolvedShare: 0,
      surveyPerPurchase: 1,
    };
    const stream = createCounterStream();
    const dropped = drawRelationshipEvents(
      stream,
      "z",
      purchases,
      settings({ ...rates, unresolvedComplaintSatisfactionDrop: 1 }),
    );
    const kept = drawRelationshipEvents(
      stream,
      "z",
      purchases,
      settings({ ...rates, unresolvedComplaintSatisfactionDrop: 0 }),
    );
    expect(dropped.surveyResponses).toHaveLength(40);
    const firstComplaint = dropped.complaints[0]!.openedAt.getTime();
    let lowered = 0;
    dropped.surveyResponses.forEach((r, i) => {
      if (r.timestamp.getTime() < firstComplaint) return;
      lowered++;
      // Latent ≤ 1 − 1 = 0, plus noise ≤ 0.1, clipped at 0: 1 + round(4·0.1) = 1, round(10·0.1) = 1, 1 + round(6·0.1) = 2.
      expect(r.scores.satisfaction).toBe(1);
      expect(r.scores.recommend).toBeLessThanOrEqual(1);
      expect(r.scores.overall).toBeLessThanOrEqual(2);
      expect(kept.surveyResponses[i]!.scores.recommend).toBeGreaterThanOrEqual(r.scores.recommend!);
    });
    expect(lowered).toBeGreaterThanOrEqual(39);
    // The same timestamps either way: the drop changes answers, not which surveys are drawn.
    expect(kept.surveyResponses.map((r) => r.timestamp)).toEqual(dropped.surveyResponses.map((r) => r.timestamp));
  });

  it("answers on the mapped scales: recommend 0–10, satisfaction 1–5, chain items 1–7, all integers", () => {
    const purchases = Array.from({ length: 30 }, (_, k) => from + DAY + k * 20 * DAY);
    const e = drawRelationshipEvents(createCounterStream(), "w", purchases, settings({ surveyPerPurchase: 1 }));
    for (const r of e.surveyResponses) {
      for (const [item, v] of Object.entries(r.scores)) {
        expect(Number.isInteger(v), item).toBe(true);
        const [lo, hi] = item === "recommend" ? [0, 10] : item === "satisfaction" ? [1, 5] : [1, 7];
        expect(v, item).toBeGreaterThanOrEqual(lo);
        expect(v, item).toBeLessThanOrEqual(hi);
      }
    }
  });
});
