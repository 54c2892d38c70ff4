import { describe, expect, it } from "vitest";
import { readSpendData } from "../../../../src/clv/gammaGamma/_internal/readSpendData.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("readSpendData", () => {
  it("keeps the repeat customers in input order and counts the others", () => {
    const d = readSpendData("f", [
      { frequency: 0, monetaryValue: 0 },
      { frequency: 2, monetaryValue: 10, recency: 3, T: 9, customerId: "a" },
      { frequency: 0 },
      { frequency: 1, monetaryValue: 4 },
    ]);
    expect([...d.frequency]).toEqual([2, 1]);
    expect([...d.monetaryValue]).toEqual([10, 4]);
    expect(d.excludedNonRepeaters).toBe(2);
  });

  it("reads columns and a transaction summary's rows", () => {
    const c = readSpendData("f", { frequency: Float64Array.of(3, 0), monetaryValue: [5, 0] });
    expect([...c.frequency]).toEqual([3]);
    const s = readSpendData("f", { rows: [{ frequency: 1, monetaryValue: 2 }], metadata: { unit: "week" } });
    expect([...s.monetaryValue]).toEqual([2]);
  });

  it("throws invalid_input for a non-object row, a missing column and unequal columns", () => {
    expect(issuePaths(expectClienteleError(() => readSpendData("f", [1]), "invalid_input"))).toEqual(["rows[0]"]);
    expect(issuePaths(expectClienteleError(() => readSpendData("f", { frequency: [1] }), "invalid_input"))).toEqual([
      "columns.monetaryValue",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => readSpendData("f", { frequency: [1, 2], monetaryValue: [1] }), "invalid_input"),
      ),
    ).toEqual(["columns.monetaryValue"]);
    expect(issuePaths(expectClienteleError(() => readSpendData("f", null), "invalid_input"))).toEqual(["data"]);
  });
});
