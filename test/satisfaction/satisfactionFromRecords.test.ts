import { describe, expect, it } from "vitest";
import type { CustomerRecord } from "../../src/customers/index.ts";
import { satisfactionFromRecords } from "../../src/satisfaction/satisfactionFromRecords.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

function record(customerId: string, scores: Record<string, number>, instrument = "pulse"): CustomerRecord {
  return {
    customerId,
    transactions: [],
    interactions: [],
    serviceFailures: [],
    complaints: [],
    incidents: [],
    bonds: [],
    loyaltyEvents: [],
    surveyResponses: [{ customerId, timestamp: new Date("2024-03-01T00:00:00Z"), instrument, scores }],
  };
}

describe("satisfactionFromRecords", () => {
  const mapping = { nps: { instrument: "pulse", item: "recommend" } } as const;

  it("reads NPS straight from surveyResponses: 10, 9, 3 → 100 × (2 − 1)/3", () => {
    const r = satisfactionFromRecords(
      [record("a", { recommend: 10 }), record("b", { recommend: 9 }), record("c", { recommend: 3 })],
      mapping,
    );
    expect(r.responses).toBe(3);
    expect(r.nps?.score).toBeCloseTo(100 / 3, 12);
    expect([r.csat, r.ces, r.servqual, r.acsi]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("ignores other instruments, and returns no figures when nothing mapped was answered", () => {
    expect(satisfactionFromRecords([record("a", { recommend: 10 }, "other")], mapping)).toEqual({ responses: 0 });
  });

  it("rejects a missing item by default at its path, and skips it when asked", () => {
    const rs = [record("a", { recommend: 10 }), record("b", { other: 1 })];
    const e = expectClienteleError(() => satisfactionFromRecords(rs, mapping), "invalid_input");
    expect(issuePaths(e)).toEqual(["records[1].surveyResponses[0].scores.recommend"]);
    const r = satisfactionFromRecords(rs, { nps: { ...mapping.nps, missing: "skip" } });
    expect([r.nps?.n, r.nps?.skipped, r.responses]).toEqual([1, 1, 2]);
  });

  it("applies the confidence level to every interval", () => {
    const rs = [record("a", { recommend: 10 }), record("b", { recommend: 3 })];
    expect(satisfactionFromRecords(rs, mapping, { level: 0.8 }).nps?.interval.level).toBe(0.8);
    const e = expectClienteleError(() => satisfactionFromRecords(rs, mapping, { level: 2 }), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.level"]);
  });
});
