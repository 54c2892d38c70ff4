import { describe, expect, it } from "vitest";
import { ParetoNbdFitSchema } from "../../../src/clv/paretoNbd/ParetoNbdFit.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const saved = {
  model: "pareto-nbd",
  params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
  unit: "week",
  logLikelihood: -9595,
  standardErrors: { r: 0.05, alpha: 0.8, s: 0.19, beta: 6.2 },
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

describe("ParetoNbdFitSchema", () => {
  it("accepts a saved Pareto/NBD fit and returns it unchanged", () => {
    expect(parseInput("load", ParetoNbdFitSchema, saved)).toEqual(saved);
  });

  it("rejects another model, negative standard errors and a non-symmetric covariance with their paths", () => {
    expectClienteleError(() => parseInput("load", ParetoNbdFitSchema, { ...saved, model: "bg-nbd" }), "invalid_input");
    const e = expectClienteleError(
      () => parseInput("load", ParetoNbdFitSchema, { ...saved, standardErrors: { ...saved.standardErrors, s: -1 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["standardErrors.s"]);
    const covariance = saved.covariance.map((row) => [...row]);
    covariance[0]![1] = 1;
    expectClienteleError(() => parseInput("load", ParetoNbdFitSchema, { ...saved, covariance }), "invalid_input");
  });
});
