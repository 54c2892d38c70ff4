import { describe, expect, it } from "vitest";
import { impossibleSummariesError, impossibleSummaryIssue } from "../../src/_lib/impossibleSummary.ts";
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
    const e = impossibleSummariesError("f", one, "summary row");
    expect(isClienteleError(e, "domain_error")).toBe(true);
    expect(e.message.split("\n")[0]).toBe("f: 1 summary row is impossible");
    expect(e.issues).toEqual(one);
    const two = [...one, impossibleSummaryIssue(2, 11, 10, ["r", 1], "observation")!];
    expect(impossibleSummariesError("g", two, "customer").message.split("\n")[0]).toBe("g: 2 customers are impossible");
  });
});
