import { describe, expect, it } from "vitest";
import { readCustomers } from "../../../src/clv/_internal/readCustomers.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const fields = ["frequency", "recency", "T"];

describe("readCustomers", () => {
  it("passes one customer and columns through, with column paths", () => {
    const one = { frequency: 1, recency: 2, T: 3 };
    const read = readCustomers("f", one, fields, "customer", "none");
    expect(read.customers).toBe(one);
    expect(read.rows).toBe(false);
    expect(read.at("T", 4)).toEqual(["customer", "T", 4]);
  });

  it("transposes rows and a summary's rows into plain arrays of the fields asked for, in row order, with row paths", () => {
    const rows = [
      { customerId: "a", frequency: 1, recency: 2, T: 3, extra: true },
      { customerId: "b", frequency: 0, recency: 0, T: 3 },
    ];
    const read = readCustomers("f", rows, fields, "customers", "none");
    expect(read.customers).toEqual({ frequency: [1, 0], recency: [2, 0], T: [3, 3] });
    expect(read.at("T", 1)).toEqual(["customers", 1, "T"]);
    const summary = readCustomers("f", { rows, metadata: { unit: "week" } }, fields, "customers", { fitUnit: "week" });
    expect(summary.customers).toEqual(read.customers);
    expect(rows[0]).toEqual({ customerId: "a", frequency: 1, recency: 2, T: 3, extra: true });
  });

  it("refuses rows that are not objects, a summary's rows that are not an array, and a summary in another unit", () => {
    const e = expectClienteleError(
      () => readCustomers("f", [{}, null, 3], fields, "customer", "none"),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer[1]", "customer[2]"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => readCustomers("f", { rows: {}, metadata: {} }, fields, "customer", "none"),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.rows"]);
    const unit = { rows: [], metadata: { unit: "month" } };
    expect(
      issuePaths(
        expectClienteleError(() => readCustomers("f", unit, fields, "customer", { fitUnit: "week" }), "invalid_input"),
      ),
    ).toEqual(["customer.metadata.unit"]);
    // No unit check where the data has no time unit to disagree with.
    expect(readCustomers("f", unit, fields, "customer", "none").customers).toEqual({
      frequency: [],
      recency: [],
      T: [],
    });
  });
});
