import { describe, expect, it } from "vitest";
import { checkTransactionColumns } from "../../../src/rfm/_internal/checkTransactionColumns.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("checkTransactionColumns", () => {
  it("returns the three columns of equal length", () => {
    const columns = { customerId: ["a"], timestamp: ["2024-01-01"], amount: Float64Array.of(1) };
    expect(checkTransactionColumns("f", columns, "transactions")).toBe(columns);
  });

  it("rejects a non-object, a missing column and unequal lengths with paths", () => {
    expect(
      issuePaths(expectClienteleError(() => checkTransactionColumns("f", null, "transactions"), "invalid_input")),
    ).toEqual(["transactions"]);
    const paths = issuePaths(
      expectClienteleError(
        () => checkTransactionColumns("f", { customerId: ["a"], timestamp: [] }, "transactions"),
        "invalid_input",
      ),
    );
    expect(paths).toContain("transactions.timestamp");
    expect(paths).toContain("transactions.amount");
  });
});
