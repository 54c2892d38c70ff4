import { describe, expect, it } from "vitest";
import { checkRetentionModel } from "../../../../src/clv/shiftedBetaGeometric/_internal/checkRetentionModel.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const model = { model: "shifted-beta-geometric", params: { alpha: 0.7, beta: 1.2 }, unit: "year" } as const;

describe("checkRetentionModel", () => {
  it("returns a valid model as is", () => {
    expect(checkRetentionModel("f", model)).toBe(model);
  });

  it("rejects another model, missing or bad parameters and an unknown unit, with paths under fit", () => {
    expect(
      issuePaths(expectClienteleError(() => checkRetentionModel("f", { ...model, model: "bg-nbd" }), "invalid_input")),
    ).toEqual(["fit.model"]);
    expect(issuePaths(expectClienteleError(() => checkRetentionModel("f", undefined), "invalid_input"))).toEqual([
      "fit.model",
    ]);
    const e = expectClienteleError(
      () => checkRetentionModel("survivalCurve", { ...model, params: { alpha: Number.NaN }, unit: "fortnight" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["fit.params.alpha", "fit.params.beta", "fit.unit"]);
    expect(e.message).toMatchInlineSnapshot(`
      "survivalCurve: invalid input
        ✖ expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight" → at fit.unit
        ✖ expected finite number > 0, received NaN → at fit.params.alpha
        ✖ expected finite number > 0, received undefined → at fit.params.beta"
    `);
  });
});
