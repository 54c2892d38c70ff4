import { describe, expect, it } from "vitest";
import {
  checkBgBbModel,
  checkOpportunityCount,
  isBgBbModel,
} from "../../../../src/clv/bgBb/_internal/checkBgBbModel.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

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

  it("tells a BG/BB fit from others by its model, without reading anything else", () => {
    expect(isBgBbModel({ model: "bg-bb" })).toBe(true);
    expect(isBgBbModel({ model: "bg-nbd", params: {} })).toBe(false);
    expect(isBgBbModel(null)).toBe(false);
    expect(isBgBbModel("bg-bb")).toBe(false);
  });

  it("checks an opportunity count with its path", () => {
    expect(checkOpportunityCount("f", 5, ["n"])).toBe(5);
    expect(
      issuePaths(expectClienteleError(() => checkOpportunityCount("f", Number.NaN, ["n"]), "invalid_input")),
    ).toEqual(["n"]);
  });
});
