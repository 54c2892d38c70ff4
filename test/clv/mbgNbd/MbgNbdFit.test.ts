import { describe, expect, it } from "vitest";
import { MbgNbdFitSchema } from "../../../src/clv/mbgNbd/MbgNbdFit.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const saved = {
  model: "mbg-nbd",
  params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
  unit: "week",
  logLikelihood: -9595,
  standardErrors: { r: 0.08, alpha: 0.7, a: 0.15, b: 0.54 },
  covariance: [
    [0.0025, 0, 0, 0],
    [0, 0.64, 0, 0],
    [0, 0, 0.0361, 0],
    [0, 0, 0, 38.44],
  ],
  converged: true,
  iterations: 25,
  aic: 19198,
  bic: 19221.1,
  n: 2357,
  penalty: 0,
  warnings: [],
};

describe("MbgNbdFitSchema", () => {
  it("accepts a saved MBG/NBD fit and returns it unchanged", () => {
    expect(parseInput("load", MbgNbdFitSchema, saved)).toEqual(saved);
  });

  it("rejects another model, negative standard errors and a non-symmetric covariance with their paths", () => {
    expectClienteleError(() => parseInput("load", MbgNbdFitSchema, { ...saved, model: "bg-nbd" }), "invalid_input");
    const e = expectClienteleError(
      () => parseInput("load", MbgNbdFitSchema, { ...saved, standardErrors: { ...saved.standardErrors, a: -1 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["standardErrors.a"]);
    const covariance = saved.covariance.map((row) => [...row]);
    covariance[0]![1] = 1;
    expectClienteleError(() => parseInput("load", MbgNbdFitSchema, { ...saved, covariance }), "invalid_input");
  });
});
