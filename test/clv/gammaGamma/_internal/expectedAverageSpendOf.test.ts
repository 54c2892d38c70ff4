import { describe, expect, it } from "vitest";
import { readCustomers } from "../../../../src/clv/_internal/readCustomers.ts";
import { expectedAverageSpendOf } from "../../../../src/clv/gammaGamma/_internal/expectedAverageSpendOf.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const fit = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };
const fields = ["frequency", "monetaryValue"];

describe("expectedAverageSpendOf", () => {
  it("evaluates customers read by readCustomers under the caller's name, with the caller's paths", () => {
    const rows = [
      { frequency: 2, monetaryValue: 22.35 },
      { frequency: 0, monetaryValue: 0 },
    ];
    const spend = expectedAverageSpendOf("myTable", fit, readCustomers("myTable", rows, fields, "customers", "none"));
    // FHL 2005: 24.66 for CDNOW customer 1, the population mean pγ/(q − 1) = 35.22 for x = 0.
    expect(Array.from(spend as Float64Array, (v) => v.toFixed(2))).toEqual(["24.66", "35.22"]);
    const bad = readCustomers("myTable", [rows[0]!, { frequency: 1, monetaryValue: -1 }], fields, "customers", "none");
    const e = expectClienteleError(() => expectedAverageSpendOf("myTable", fit, bad), "invalid_input");
    expect(e.message).toMatch(/^myTable:/);
    expect(issuePaths(e)).toEqual(["customers[1].monetaryValue"]);
  });
});
