import { describe, expect, it } from "vitest";
import { readBgBbData } from "../../src/_lib/readBgBbData.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("readBgBbData", () => {
  it("merges identical patterns and sums their counts (default 1)", () => {
    const data = readBgBbData("f", [
      { frequency: 1, recency: 2, opportunities: 6, count: 3 },
      { frequency: 1, recency: 2, opportunities: 6 },
      { frequency: 0, recency: 0, opportunities: 6, count: 0 },
    ]);
    expect(data).toEqual({ frequency: [1], recency: [2], opportunities: [6], weight: [4], customers: 4 });
  });

  it("rejects columns of different lengths, a non-object row and a bad count, with paths", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => readBgBbData("f", { frequency: [1], recency: [1, 2], opportunities: [3] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["columns.recency"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => readBgBbData("f", [null, { frequency: 1, recency: 1, opportunities: 1, count: -1 }]),
          "invalid_input",
        ),
      ),
    ).toEqual(["rows[0]", "rows[1].count"]);
    expectClienteleError(() => readBgBbData("f", "rows"), "invalid_input");
  });
});

describe("readBgBbData on many bad rows (issue 17, item 7)", () => {
  it("keeps the first 10,000 issues and counts all of them (it kept 20, uncounted)", () => {
    const n = 20_030;
    const rows = Array.from({ length: n }, () => ({ frequency: -1, recency: 0, opportunities: 6 }));
    const e = expectClienteleError(() => readBgBbData("fitBgBb", rows), "invalid_input");
    expect(e.issues.length).toBe(10_000);
    expect(e.issueCount).toBe(n);
  });
});
