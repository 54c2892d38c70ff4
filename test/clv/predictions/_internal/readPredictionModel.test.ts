import { describe, expect, it } from "vitest";
import { bgBbKernels } from "../../../../src/clv/bgBb/_internal/bgBbKernels.ts";
import { bgNbdKernels } from "../../../../src/clv/bgNbd/_internal/bgNbdKernels.ts";
import { mbgNbdKernels } from "../../../../src/clv/mbgNbd/_internal/mbgNbdKernels.ts";
import { paretoNbdKernels } from "../../../../src/clv/paretoNbd/_internal/paretoNbdKernels.ts";
import { readPredictionModel } from "../../../../src/clv/predictions/_internal/readPredictionModel.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const bgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("readPredictionModel", () => {
  it("maps each fit.model to its model's kernel record, with the fit's params and unit as given", () => {
    const fit = { model: "bg-nbd", params: bgNbdParams, unit: "week" };
    const read = readPredictionModel("f", fit);
    expect(read.kernels).toBe(bgNbdKernels);
    expect(read.params).toBe(bgNbdParams);
    expect(read.unit).toBe("week");
    const pareto = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    expect(readPredictionModel("f", { model: "pareto-nbd", params: pareto }).kernels).toBe(paretoNbdKernels);
    expect(readPredictionModel("f", { model: "mbg-nbd", params: bgNbdParams }).kernels).toBe(mbgNbdKernels);
    const bgBb = readPredictionModel("f", { model: "bg-bb", params: { alpha: 1, beta: 2, gamma: 3, delta: 4 } });
    expect(bgBb.kernels).toBe(bgBbKernels);
    expect(bgBb.unit).toBeUndefined();
  });

  it("rejects an unknown model at fit.model, naming every model it knows", () => {
    const e = expectClienteleError(() => readPredictionModel("f", { model: "pareto", params: {} }), "invalid_input");
    expect(issuePaths(e)).toEqual(["fit.model"]);
    expect(e.message).toMatch(/^f: invalid input/);
    expect(e.issues[0]?.message).toContain('(model "bg-nbd" | "pareto-nbd" | "mbg-nbd" | "bg-bb")');
    for (const bad of [null, "bg-nbd", { model: "toString", params: bgNbdParams }, { params: bgNbdParams }]) {
      expect(issuePaths(expectClienteleError(() => readPredictionModel("f", bad), "invalid_input"))).toEqual([
        "fit.model",
      ]);
    }
  });

  it("rejects missing, non-positive or non-finite parameters at fit.params.<name>, by the model's own names", () => {
    const e = expectClienteleError(
      () => readPredictionModel("f", { model: "bg-nbd", params: { r: 0, alpha: Number.NaN, a: 1 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["fit.params.r", "fit.params.alpha", "fit.params.b"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => readPredictionModel("f", { model: "bg-bb", params: { alpha: 1, beta: 2, gamma: 3, delta: 0 } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["fit.params.delta"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => readPredictionModel("f", { model: "pareto-nbd", params: null }, ["countFit"]),
          "invalid_input",
        ),
      ),
    ).toEqual(["countFit.params.r", "countFit.params.alpha", "countFit.params.s", "countFit.params.beta"]);
  });
});

describe("readPredictionModel on hostile fits", () => {
  it("describes a null-prototype or Symbol model instead of throwing a TypeError", () => {
    for (const fit of [Object.create(null), { model: Object.create(null) }, { model: Symbol("m") }]) {
      expect(issuePaths(expectClienteleError(() => readPredictionModel("f", fit), "invalid_input"))).toEqual([
        "fit.model",
      ]);
    }
  });
});
