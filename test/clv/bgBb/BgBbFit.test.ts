import { describe, expect, it } from "vitest";
import { BgBbFitSchema } from "../../../src/clv/bgBb/BgBbFit.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const saved = {
  model: "bg-bb",
  params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 },
  unit: "year",
  logLikelihood: -33225.6,
  standardErrors: null,
  covariance: null,
  converged: true,
  iterations: 20,
  aic: 66459.2,
  bic: 66488.5,
  n: 11104,
  penalty: 0,
  warnings: [],
};

describe("BgBbFitSchema", () => {
  it("accepts a saved fit with null standard errors", () => {
    expect(parseInput("load", BgBbFitSchema, saved)).toEqual(saved);
  });

  it("rejects an asymmetric covariance at covariance", () => {
    const covariance = [
      [1, 2, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ];
    expect(
      issuePaths(
        expectClienteleError(() => parseInput("load", BgBbFitSchema, { ...saved, covariance }), "invalid_input"),
      ),
    ).toEqual(["covariance"]);
  });
});
