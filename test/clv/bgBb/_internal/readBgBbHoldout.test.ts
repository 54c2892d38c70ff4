import { describe, expect, it } from "vitest";
import { readBgBbHoldout } from "../../../../src/clv/bgBb/_internal/readBgBbHoldout.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const row = { frequency: 2, recency: 4, opportunities: 6, holdoutFrequency: 1, holdoutOpportunities: 5 };

describe("readBgBbHoldout", () => {
  it("reads rows (count defaults to 1) and columns into the same table", () => {
    const fromRows = readBgBbHoldout("f", [row, { ...row, frequency: 0, recency: 0, count: 3 }]);
    const fromColumns = readBgBbHoldout("f", {
      frequency: [2, 0],
      recency: [4, 0],
      opportunities: [6, 6],
      holdoutFrequency: [1, 1],
      holdoutOpportunities: Float64Array.of(5, 5),
      count: [1, 3],
    });
    expect(fromRows).toEqual(fromColumns);
    expect(fromRows.customers).toBe(4);
    expect(Array.from(fromRows.count)).toEqual([1, 3]);
  });

  it("takes n* from the metadata of summarizeOpportunities' result, one customer per row", () => {
    const table = readBgBbHoldout("f", {
      rows: [{ customerId: "a", frequency: 1, recency: 1, opportunities: 3, holdoutFrequency: 2 }],
      metadata: { holdoutPeriods: 2 },
    });
    expect(Array.from(table.holdoutOpportunities)).toEqual([2]);
    expect(table.customers).toBe(1);
    expect(
      issuePaths(
        expectClienteleError(
          () => readBgBbHoldout("f", { rows: [], metadata: { holdoutPeriods: -1 } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["summaries.metadata.holdoutPeriods"]);
  });

  it("lists bad values with their paths and needs at least one customer", () => {
    const error = expectClienteleError(
      () => readBgBbHoldout("f", [{ ...row, recency: 1 }, "x", { ...row, holdoutFrequency: 1.5 }]),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["summaries[1]"]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            readBgBbHoldout("f", [
              { ...row, recency: 1 },
              { ...row, holdoutFrequency: 1.5 },
            ]),
          "invalid_input",
        ),
      ),
    ).toEqual(["summaries[0].frequency", "summaries[1].holdoutFrequency"]);
    expect(issuePaths(expectClienteleError(() => readBgBbHoldout("f", 3), "invalid_input"))).toEqual(["summaries"]);
    expectClienteleError(() => readBgBbHoldout("f", [{ ...row, count: 0 }]), "insufficient_data");
  });
});
