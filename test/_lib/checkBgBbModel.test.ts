import { describe, expect, it } from "vitest";
import { checkBgBbCustomer, checkBgBbModel, checkOpportunityCount } from "../../src/_lib/checkBgBbModel.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("checkBgBbModel", () => {
  it("returns the params of a BG/BB fit and rejects a bad parameter at fit.params.delta", () => {
    const params = { alpha: 1, beta: 2, gamma: 3, delta: 4 };
    expect(checkBgBbModel("f", { model: "bg-bb", params })).toEqual(params);
    expect(
      issuePaths(
        expectClienteleError(
          () => checkBgBbModel("f", { model: "bg-bb", params: { ...params, delta: 0 } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["fit.params.delta"]);
  });

  it("checks a customer and an opportunity count with their paths", () => {
    expect(checkBgBbCustomer("f", { frequency: 1, recency: 2, opportunities: 3 })).toEqual([1, 2, 3]);
    expect(issuePaths(expectClienteleError(() => checkBgBbCustomer("f", null), "invalid_input"))).toEqual([
      "customer.frequency",
      "customer.recency",
      "customer.opportunities",
    ]);
    expect(checkOpportunityCount("f", 5, ["n"])).toBe(5);
    expect(
      issuePaths(expectClienteleError(() => checkOpportunityCount("f", Number.NaN, ["n"]), "invalid_input")),
    ).toEqual(["n"]);
  });
});
