import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CustomerRecord } from "../../src/customers/index.ts";
import { aggregateSatisfaction } from "../../src/satisfaction/aggregateSatisfaction.ts";
import type { SurveyMapping } from "../../src/satisfaction/SurveyMappingSchema.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

type Answer = [at: string, scores: Record<string, number>, instrument?: string];

function record(customerId: string, answers: Answer[], segment?: string): CustomerRecord {
  return {
    customerId,
    ...(segment === undefined ? {} : { customer: { id: customerId, segment } }),
    transactions: [],
    interactions: [],
    serviceFailures: [],
    complaints: [],
    incidents: [],
    bonds: [],
    loyaltyEvents: [],
    surveyResponses: answers.map(([at, scores, instrument]) => ({
      customerId,
      timestamp: new Date(at),
      instrument: instrument ?? "pulse",
      scores,
    })),
  };
}

const mapping: SurveyMapping = {
  nps: { instrument: "pulse", item: "recommend" },
  csat: { instrument: "pulse", item: "satisfied", scale: { min: 1, max: 5, integer: true }, missing: "skip" },
};

const records = [
  record(
    "a",
    [
      ["2024-01-15T10:00:00Z", { recommend: 10, satisfied: 5 }],
      ["2024-04-02T10:00:00Z", { recommend: 6 }],
    ],
    "gold",
  ),
  record(
    "b",
    [
      ["2024-02-01T10:00:00Z", { recommend: 9, satisfied: 4 }],
      ["2024-02-03T10:00:00Z", { other: 1 }, "other"],
    ],
    "gold",
  ),
  record("c", [["2024-03-31T23:30:00Z", { recommend: 0, satisfied: 1 }]], "basic"),
];

describe("aggregateSatisfaction", () => {
  it("splits by segment and quarter, with counts and intervals per cell (checked by hand)", () => {
    const { cells } = aggregateSatisfaction(records, mapping, {
      period: { unit: "quarter", timeZone: "UTC" },
      segmentOf: (r) => r.customer?.segment ?? "none",
    });
    expect(cells.map((c) => [c.segment, c.periodStart, c.responses])).toEqual([
      ["basic", "2024-01-01", 1],
      ["gold", "2024-01-01", 2],
      ["gold", "2024-04-01", 1],
    ]);
    // gold Q1: two promoters → NPS 100; both 4–5 → CSAT 100 %, mean 4.5
    expect([cells[1]!.nps?.score, cells[1]!.nps?.n, cells[1]!.csat?.score, cells[1]!.csat?.mean]).toEqual([
      100, 2, 100, 4.5,
    ]);
    expect(cells[1]!.nps?.interval.method).toBe("adjusted-wald");
    // gold Q2: one detractor, its CSAT answer missing (skipped) → no CSAT figures in that cell
    expect([cells[2]!.nps?.score, cells[2]!.csat]).toEqual([-100, undefined]);
    expect(cells[0]!.nps?.score).toBe(-100);
  });

  it("places a response in its period in the declared time zone", () => {
    // 2024-03-31T23:30Z is already April 1st in Berlin (UTC+2 in summer time).
    const { cells } = aggregateSatisfaction([records[2]!], mapping, {
      period: { unit: "month", timeZone: "Europe/Berlin" },
    });
    expect(cells.map((c) => c.periodStart)).toEqual(["2024-04-01"]);
    const utc = aggregateSatisfaction([records[2]!], mapping, { period: { unit: "month", timeZone: "UTC" } });
    expect(utc.cells.map((c) => c.periodStart)).toEqual(["2024-03-01"]);
  });

  it("requires a time zone with a period (no default) and names bad options at their paths", () => {
    const z = expectClienteleError(
      () => aggregateSatisfaction(records, mapping, { period: { unit: "month" } as never }),
      "invalid_input",
    );
    expect(issuePaths(z)).toEqual(["options.period.timeZone"]);
    const s = expectClienteleError(
      () => aggregateSatisfaction(records, mapping, { segmentOf: () => 3 as never }),
      "invalid_input",
    );
    expect(issuePaths(s)).toEqual(["options.segmentOf", "options.segmentOf", "options.segmentOf"]);
    const m = expectClienteleError(() => aggregateSatisfaction(records, {}), "invalid_input");
    expect(issuePaths(m)).toEqual(["mapping"]);
  });

  it("validates answers against the mapped scale at their path in the records; missing items follow the policy", () => {
    const bad = [
      record("x", [
        ["2024-01-01T00:00:00Z", { recommend: 11, satisfied: 9 }],
        ["2024-01-02T00:00:00Z", { satisfied: 3 }],
      ]),
    ];
    const e = expectClienteleError(() => aggregateSatisfaction(bad, mapping), "invalid_input");
    expect(issuePaths(e)).toEqual([
      "records[0].surveyResponses[0].scores.recommend",
      "records[0].surveyResponses[0].scores.satisfied",
      "records[0].surveyResponses[1].scores.recommend",
    ]);
    expect(e.message).toContain(
      "expected a whole number from 1 to 5, received 9 → at records[0].surveyResponses[0].scores.satisfied",
    );
  });

  it("reads CES, SERVQUAL and the ACSI-style index from records (checked by hand)", () => {
    const e = Array.from({ length: 22 }, (_, k) => `e${k + 1}`);
    const p = Array.from({ length: 22 }, (_, k) => `p${k + 1}`);
    const scores = (perception: number, q: [number, number], effort: number) => ({
      ...Object.fromEntries(e.map((k) => [k, 6])),
      ...Object.fromEntries(p.map((k) => [k, perception])),
      q1: q[0],
      q2: q[1],
      effort,
    });
    const rs = [
      record("a", [["2024-05-01T00:00:00Z", scores(5, [10, 7], 6), "annual"]]),
      record("b", [["2024-05-02T00:00:00Z", scores(7, [4, 1], 2), "annual"]]),
    ];
    const full: SurveyMapping = {
      ces: {
        instrument: "annual",
        item: "effort",
        scale: { min: 1, max: 7, integer: true },
        direction: "higher-is-easier",
      },
      servqual: { instrument: "annual", expectationItems: e, perceptionItems: p },
      acsi: { instrument: "annual", items: ["q1", "q2"], weights: [0.75, 0.25], scale: { min: 1, max: 10 } },
    };
    const [cell] = aggregateSatisfaction(rs, full).cells;
    expect(cell!.ces?.score).toBe(4);
    expect(cell!.servqual?.overall).toBe(0); // perceptions (5 + 7)/2 = 6 = expectations
    // a: 0.75 × 9/9 + 0.25 × 6/9 = 0.916667; b: 0.75 × 3/9 + 0 = 0.25 → mean 58.3333
    expectClose(cell!.acsi!.index, 58.333333333333, { rel: 1e-12 });
    expectClose(cell!.acsi!.contributions[0]! + cell!.acsi!.contributions[1]!, cell!.acsi!.index, { rel: 1e-12 });
    expect(cell!.acsi!.n).toBe(2);
  });

  it("property: permuting records changes no cell, and the records are not mutated", () => {
    const answer = fc.record({
      day: fc.integer({ min: 0, max: 364 }),
      recommend: fc.integer({ min: 0, max: 10 }),
      satisfied: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(answer, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        (people) => {
          const rs = people.map((answers, i) =>
            record(
              String(i),
              answers.map((a) => [
                new Date(Date.UTC(2024, 0, 1 + a.day)).toISOString(),
                { recommend: a.recommend, satisfied: a.satisfied },
              ]),
              i % 2 === 0 ? "even" : "odd",
            ),
          );
          const copy = structuredClone(rs);
          const options = {
            period: { unit: "quarter", timeZone: "UTC" },
            segmentOf: (r: CustomerRecord) => (Number(r.customerId) % 2 === 0 ? "even" : "odd"),
          } as const;
          const a = aggregateSatisfaction(rs, mapping, options).cells;
          const b = aggregateSatisfaction([...rs].reverse(), mapping, options).cells;
          expect(b.map((c) => [c.segment, c.periodStart, c.responses, c.nps?.score, c.csat?.satisfied])).toEqual(
            a.map((c) => [c.segment, c.periodStart, c.responses, c.nps?.score, c.csat?.satisfied]),
          );
          for (const c of a) {
            expect(c.nps!.score).toBeGreaterThanOrEqual(-100);
            expect(c.nps!.score).toBeLessThanOrEqual(100);
          }
          expect(rs).toEqual(copy);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("aggregateSatisfaction on records that were not validated", () => {
  it("names a missing response list, scores that are not a record, and an invalid timestamp at their paths", () => {
    const good = record("a", [["2024-01-15T10:00:00Z", { recommend: 10 }]]);
    const broken = [
      { ...good, surveyResponses: undefined } as never,
      { ...good, surveyResponses: [{ ...good.surveyResponses[0]!, scores: null }] } as never,
      { ...good, surveyResponses: [{ ...good.surveyResponses[0]!, timestamp: "2024-01-15" }] } as never,
    ];
    const e = expectClienteleError(
      () => aggregateSatisfaction(broken, mapping, { period: { unit: "month", timeZone: "UTC" } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual([
      "records[0].surveyResponses",
      "records[1].surveyResponses[0].scores",
      "records[2].surveyResponses[0].timestamp",
    ]);
  });
});
