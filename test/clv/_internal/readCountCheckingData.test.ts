import { describe, expect, it } from "vitest";
import { readCountCheckingData } from "../../../src/clv/_internal/readCountCheckingData.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const row = { customerId: "a", frequency: 1, recency: 2, T: 3, holdoutFrequency: 4, holdoutDuration: 5 };

describe("readCountCheckingData", () => {
  it("reads summaries as one customer per row, T as the observation length and holdoutDuration as the holdout length", () => {
    const table = readCountCheckingData("f", [row], "week", true);
    expect(table.length).toBe(1);
    expect(table.weight).toBeUndefined();
    expect([
      table.frequency[0],
      table.recency[0],
      table.age[0],
      table.holdoutFrequency[0],
      table.holdoutLength[0],
    ]).toEqual([1, 2, 3, 4, 5]);
    const { holdoutFrequency: _x, holdoutDuration: _t, ...calibration } = row;
    expect(Number.isNaN(readCountCheckingData("f", [calibration], "week", false).holdoutLength[0])).toBe(true);
  });

  it("requires the holdout when asked, and a TransactionSummary in the fit's unit", () => {
    const { holdoutFrequency: _x, ...noHoldout } = row;
    expect(
      issuePaths(expectClienteleError(() => readCountCheckingData("f", [noHoldout], "week", true), "invalid_input")),
    ).toEqual(["summaries[0].holdoutFrequency"]);
    const summary = { rows: [row], metadata: { unit: "day" } };
    expect(
      issuePaths(expectClienteleError(() => readCountCheckingData("f", summary, "week", false), "invalid_input")),
    ).toEqual(["summaries.metadata.unit"]);
  });
});
