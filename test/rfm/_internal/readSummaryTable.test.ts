import { describe, expect, it } from "vitest";
import { readSummaryTable } from "../../../src/rfm/_internal/readSummaryTable.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readSummaryTable", () => {
  it("reads rows into typed columns, NaN for absent optional fields, undefined for absent columns", () => {
    const t = readSummaryTable(
      "f",
      [
        { customerId: 1, frequency: 1, recency: 2, T: 3, monetaryValue: 4 },
        { customerId: "b", frequency: 0, recency: 0, T: 3 },
      ],
      "summaries",
    );
    expect(t.length).toBe(2);
    expect(t.customerId).toEqual(["1", "b"]);
    expect([...t.frequency]).toEqual([1, 0]);
    expect([...t.monetaryValue!]).toEqual([4, Number.NaN]);
    expect(t.holdoutFrequency).toBeUndefined();
  });

  it("reads columns with the same result and the root given for paths", () => {
    const t = readSummaryTable(
      "f",
      { customerId: [1], frequency: [1], recency: [2], T: [3], holdoutDuration: [39] },
      "input",
    );
    expect([...t.holdoutDuration!]).toEqual([39]);
    const e = expectClienteleError(
      () => readSummaryTable("f", { customerId: [1], frequency: [1], recency: [2] }, "input"),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["input.T"]);
    const other = expectClienteleError(() => readSummaryTable("f", 5, "input"), "invalid_input");
    expect(issuePaths(other)).toEqual(["input"]);
  });

  it("lets the schema decide rows the fast path does not take (an explicit undefined optional field)", () => {
    const t = readSummaryTable(
      "f",
      [{ customerId: "a", frequency: 0, recency: 0, T: 1, monetaryValue: undefined }],
      "s",
    );
    expect(t.monetaryValue).toBeUndefined();
  });
});
