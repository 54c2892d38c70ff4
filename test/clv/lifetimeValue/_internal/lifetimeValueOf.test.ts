import { describe, expect, it } from "vitest";
import { lengthInFitUnits } from "../../../../src/_lib/lengthInFitUnits.ts";
import { readCustomers } from "../../../../src/clv/_internal/readCustomers.ts";
import type { CountModel } from "../../../../src/clv/CountModelFit.ts";
import { lifetimeValueOf } from "../../../../src/clv/lifetimeValue/_internal/lifetimeValueOf.ts";
import { customerLifetimeValue } from "../../../../src/clv/lifetimeValue/customerLifetimeValue.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const countFit = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
} as CountModel;
const spendFit = { model: "gamma-gamma" as const, params: { p: 6.25, q: 3.74, gamma: 15.44 } };
const options = { countFit, spendFit, horizon: 52, discountRate: 0.0018, margin: 0.3 };
const fields = ["frequency", "recency", "T", "monetaryValue"];

describe("lifetimeValueOf", () => {
  it("values customers read already, as customerLifetimeValue values the same rows", () => {
    const rows = [{ customerId: "1", frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 }];
    const read = readCustomers("myTable", rows, fields, "customers", { fitUnit: "week" });
    const value = lifetimeValueOf("myTable", { ...options, customers: undefined as never }, read) as Float64Array;
    expect(value[0]!.toFixed(2)).toBe("11.04");
    expect(value).toEqual(customerLifetimeValue({ ...options, customers: rows }));
    const e = expectClienteleError(
      () => lifetimeValueOf("myTable", { ...options, margin: 2, customers: undefined as never }, read),
      "invalid_input",
    );
    expect(e.message).toMatch(/^myTable:/);
    expect(issuePaths(e)).toEqual(["margin"]);
  });

  it("converts a TimeLength to the fit's unit only where the ratio is exact", () => {
    expect(lengthInFitUnits("f", { length: 14, unit: "day" }, "week", "horizon")).toBe(2);
    expect(lengthInFitUnits("f", 3, "week", "horizon")).toBe(3);
    const e = expectClienteleError(
      () => lengthInFitUnits("f", { length: 1, unit: "month" }, "week", "horizon"),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["horizon.unit"]);
  });
});
