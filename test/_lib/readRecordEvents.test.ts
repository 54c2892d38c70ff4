import { describe, expect, it } from "vitest";
import { asOfBeforeStartIssue, readAsOfMs, readRecordEvents } from "../../src/_lib/readRecordEvents.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { complaint, day, incident, interaction, rec, tx } from "../termination/_terminationFixtures.ts";

describe("readRecordEvents", () => {
  it("returns the customer and the earliest event (or acquiredAt) as the start", () => {
    const r = rec({ transactions: [tx("2024-03-01", 10)], interactions: [interaction("2024-01-15", "call")] });
    expect(readRecordEvents("f", r)).toEqual({ customerId: "c1", startMs: day("2024-01-15").getTime() });
    expect(readRecordEvents("f", { ...r, customer: { id: "c1", acquiredAt: day("2023-12-01") } }).startMs).toBe(
      day("2023-12-01").getTime(),
    );
    expect(readRecordEvents("f", rec()).startMs).toBeUndefined();
    const { bonds: _b, loyaltyEvents: _l, ...older } = rec();
    expect(readRecordEvents("f", older).customerId).toBe("c1");
  });
  it("reports every bad field with its path under the given base", () => {
    const bad = {
      ...rec(),
      transactions: [
        { ...tx("2024-01-01", 10), amount: -1 },
        { ...tx("2024-01-02", 10), cost: Number.NaN },
      ],
      interactions: [{ ...interaction("2024-01-01", "call"), kind: "" }],
      complaints: [{ ...complaint("2024-01-01", "resolved", "2024-01-02"), outcome: "maybe" }],
      incidents: [
        { ...incident("2024-01-01", "abuse"), staffHours: -2 },
        { ...incident("2024-01-01", "abuse"), kind: "rude" },
      ],
      serviceFailures: [{ customerId: "c1", timestamp: new Date(Number.NaN), severity: "minor" }],
      surveyResponses: "none",
    };
    const e = expectClienteleError(() => readRecordEvents("f", bad, ["records", 3]), "invalid_input");
    expect(issuePaths(e)).toEqual([
      "records[3].transactions[0].amount",
      "records[3].transactions[1].cost",
      "records[3].interactions[0].kind",
      "records[3].serviceFailures[0].timestamp",
      "records[3].complaints[0].outcome",
      "records[3].surveyResponses",
      "records[3].incidents[0].staffHours",
      "records[3].incidents[1].kind",
    ]);
    expect(issuePaths(expectClienteleError(() => readRecordEvents("f", null), "invalid_input"))).toEqual(["record"]);
  });
});

describe("readAsOfMs", () => {
  it("reads a Date or a strict ISO string and never defaults", () => {
    expect(readAsOfMs("f", "2024-06-30")).toBe(day("2024-06-30").getTime());
    expect(readAsOfMs("f", day("2024-06-30"))).toBe(day("2024-06-30").getTime());
    expect(issuePaths(expectClienteleError(() => readAsOfMs("f", undefined), "invalid_input"))).toEqual([
      "options.asOf",
    ]);
    expectClienteleError(() => readAsOfMs("f", "30/06/2024"), "invalid_input");
  });
});

describe("asOfBeforeStartIssue", () => {
  it("flags an asOf before the record's start, at options.asOf", () => {
    const read = { customerId: "c1", startMs: day("2024-01-01").getTime() };
    expect(asOfBeforeStartIssue(day("2024-01-01").getTime(), read)).toBeUndefined();
    expect(asOfBeforeStartIssue(day("2023-12-31").getTime(), read)?.path).toEqual(["options", "asOf"]);
    expect(asOfBeforeStartIssue(0, { customerId: "c1", startMs: undefined })).toBeUndefined();
  });
});
