import { describe, expect, it } from "vitest";
import { checkCountModel } from "../../../src/clv/_internal/checkCountModel.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("checkCountModel", () => {
  it("returns a known model with finite positive parameters as it is", () => {
    const model = { model: "bg-nbd", params, unit: "week" };
    expect(checkCountModel("f", model)).toBe(model);
  });

  it("rejects an unknown model at fit.model, naming the known ones", () => {
    const e = expectClienteleError(() => checkCountModel("f", { model: "pareto", params }), "invalid_input");
    expect(issuePaths(e)).toEqual(["fit.model"]);
    expect(e.message).toContain('(model "bg-nbd" | "pareto-nbd" | "mbg-nbd")');
    expectClienteleError(() => checkCountModel("f", null), "invalid_input");
    expectClienteleError(() => checkCountModel("f", { model: "toString", params }), "invalid_input");
  });

  it("rejects missing, non-positive or non-finite parameters at fit.params.<name>", () => {
    const e = expectClienteleError(
      () => checkCountModel("f", { model: "bg-nbd", params: { r: 0, alpha: Number.NaN, a: 1 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["fit.params.r", "fit.params.alpha", "fit.params.b"]);
  });
});
