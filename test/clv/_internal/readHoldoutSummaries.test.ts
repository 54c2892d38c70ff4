import { describe, expect, it } from "vitest";
import { readHoldoutSummaries } from "../../../src/clv/_internal/readHoldoutSummaries.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const row = { customerId: "a", frequency: 1, recency: 2, T: 3, holdoutFrequency: 4, holdoutDuration: 5 };

describe("readHoldoutSummaries", () => {
  it("reads rows, columns and a TransactionSummary into the same columns", () => {
    const fromRows = readHoldoutSummaries("f", [row], "week", true);
    expect([...fromRows.holdoutFrequency, ...fromRows.holdoutDuration, ...fromRows.T]).toEqual([4, 5, 3]);
    const columns = {
      customerId: ["a"],
      frequency: [1],
      recency: [2],
      T: [3],
      holdoutFrequency: [4],
      holdoutDuration: [5],
    };
    expect(readHoldoutSummaries("f", columns, "week", true)).toEqual(fromRows);
    const summary = { rows: [row], metadata: { unit: "week" } };
    expect(readHoldoutSummaries("f", summary, "week", true)).toEqual(fromRows);
  });

  it("fills missing holdout fields with NaN when not required, and names them when required", () => {
    const { customerId, frequency, recency, T } = row;
    expect(
      Number.isNaN(
        readHoldoutSummaries("f", [{ customerId, frequency, recency, T }], "week", false).holdoutDuration[0]!,
      ),
    ).toBe(true);
    const e = expectClienteleError(
      () => readHoldoutSummaries("f", [{ customerId, frequency, recency, T }], "week", true),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["summaries[0].holdoutFrequency", "summaries[0].holdoutDuration"]);
  });

  it("rejects a summary in another unit and empty input", () => {
    const e = expectClienteleError(
      () => readHoldoutSummaries("f", { rows: [row], metadata: { unit: "day" } }, "week", true),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["summaries.metadata.unit"]);
    expectClienteleError(() => readHoldoutSummaries("f", [], "week", false), "insufficient_data");
  });
});
