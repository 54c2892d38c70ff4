import { describe, expect, it } from "vitest";
import {
  collectImpossibleSummary,
  impossibleSummariesError,
  impossibleSummaryIssue,
  isImpossibleSummary,
} from "../../src/_lib/impossibleSummary.ts";
import { createIssueCollector, MAX_KEPT_ISSUES } from "../../src/_lib/issueCollector.ts";
import { isClienteleError } from "../../src/errors/ClienteleError.ts";

describe("impossibleSummaryIssue", () => {
  it("accepts possible summaries, including x = 0 with recency 0 and recency = T", () => {
    expect(impossibleSummaryIssue(0, 0, 10, ["r"], "calibration")).toBeUndefined();
    expect(impossibleSummaryIssue(3, 10, 10, ["r"], "calibration")).toBeUndefined();
  });

  it("reports recency after T and recency without repeat purchases, at the given path", () => {
    expect(impossibleSummaryIssue(2, 11, 10, ["rows", 3, "recency"], "observation")).toEqual({
      code: "domain_error",
      path: ["rows", 3, "recency"],
      message: "recency 11 exceeds T 10 (the last purchase cannot come after the end of observation)",
      expected: "recency ≤ T (10)",
      received: "11",
    });
    expect(impossibleSummaryIssue(0, 2, 10, ["r"], "calibration")).toMatchObject({
      code: "domain_error",
      message: "recency 2 with frequency 0 (recency is 0 without repeat purchases)",
      expected: "0",
    });
  });

  it("counts the impossible summaries in one domain_error that keeps every issue", () => {
    const one = [impossibleSummaryIssue(0, 2, 10, ["r", 0], "calibration")!];
    const e = impossibleSummariesError("f", { list: one, count: 1, cap: 10_000 }, "summary row");
    expect(isClienteleError(e, "domain_error")).toBe(true);
    expect(e.message.split("\n")[0]).toBe("f: 1 summary row is impossible");
    expect(e.issues).toEqual(one);
    const two = [...one, impossibleSummaryIssue(2, 11, 10, ["r", 1], "observation")!];
    expect(impossibleSummariesError("g", { list: two, count: 2, cap: 10_000 }, "customer").message.split("\n")[0]).toBe(
      "g: 2 customers are impossible",
    );
  });

  it("keeps the first 10,000 impossible summaries and counts them all (issue 17, item 7)", () => {
    const collector = createIssueCollector();
    for (let i = 0; i < MAX_KEPT_ISSUES + 5; i++)
      collectImpossibleSummary(collector, 2, 11, 10, ["r", i], "observation");
    expect(collector.list.length).toBe(MAX_KEPT_ISSUES);
    const e = impossibleSummariesError("g", collector, "customer");
    expect(e.issueCount).toBe(MAX_KEPT_ISSUES + 5);
    expect(e.message.split("\n")[0]).toBe("g: 10005 customers are impossible");
  });

  it("tests possibility as impossibleSummaryIssue does", () => {
    for (const [x, r, T] of [
      [0, 0, 10],
      [3, 10, 10],
      [2, 11, 10],
      [0, 2, 10],
    ] as const) {
      expect(isImpossibleSummary(x, r, T)).toBe(impossibleSummaryIssue(x, r, T, [], "calibration") !== undefined);
    }
  });
});
