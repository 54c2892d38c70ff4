import { describe, expect, it } from "vitest";
import { readBgBbCheckingData } from "../../../../src/clv/bgBb/_internal/readBgBbCheckingData.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("readBgBbCheckingData", () => {
  it("reads holdout patterns row by row (count as weight, count 0 kept), n as the observation length and n* as the holdout length", () => {
    const table = readBgBbCheckingData(
      "f",
      [
        { frequency: 2, recency: 4, opportunities: 6, holdoutFrequency: 1, holdoutOpportunities: 5, count: 3 },
        { frequency: 0, recency: 0, opportunities: 6, holdoutFrequency: 0, holdoutOpportunities: 5, count: 0 },
      ],
      undefined,
      true,
    );
    expect(table.length).toBe(2);
    expect(Array.from(table.weight!)).toEqual([3, 0]);
    expect([
      table.frequency[0],
      table.recency[0],
      table.age[0],
      table.holdoutFrequency[0],
      table.holdoutLength[0],
    ]).toEqual([2, 4, 6, 1, 5]);
  });

  it("reads calibration patterns merged by (x, t_x, n), without a holdout", () => {
    const table = readBgBbCheckingData(
      "f",
      [
        { frequency: 1, recency: 1, opportunities: 6, count: 2 },
        { frequency: 1, recency: 1, opportunities: 6 },
      ],
      "year",
      false,
    );
    expect(table.length).toBe(1);
    expect(Array.from(table.weight!)).toEqual([3]);
    expect(Number.isNaN(table.holdoutLength[0])).toBe(true);
  });

  it("reports bad values with their paths", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            readBgBbCheckingData(
              "f",
              [{ frequency: 1, recency: 1, opportunities: 6, holdoutFrequency: 3, holdoutOpportunities: 2 }],
              undefined,
              true,
            ),
          "invalid_input",
        ),
      ),
    ).toEqual(["summaries[0].holdoutFrequency"]);
  });
});
