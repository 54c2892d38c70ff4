import { describe, expect, it } from "vitest";
import { fitShiftedBetaGeometric } from "../../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import { ShiftedBetaGeometricFitSchema } from "../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const fit = fitShiftedBetaGeometric({ survivors: [1000, 869, 743, 653, 593, 551, 517, 491] }, { unit: "year" });

describe("ShiftedBetaGeometricFitSchema", () => {
  it("accepts a fit after a JSON round trip, unchanged", () => {
    expect(parseInput("load", ShiftedBetaGeometricFitSchema, JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("accepts null standard errors and covariance, and drops unknown top-level keys", () => {
    const plain = { ...fit, standardErrors: null, covariance: null };
    expect(parseInput("load", ShiftedBetaGeometricFitSchema, { ...plain, extra: 1 })).toEqual(plain);
  });

  it("rejects another model, bad parameters, a bad unit and a covariance of the wrong size, with paths", () => {
    const e = expectClienteleError(
      () =>
        parseInput("load", ShiftedBetaGeometricFitSchema, {
          ...fit,
          model: "bg-nbd",
          params: { alpha: -1, beta: 1 },
          unit: "fortnight",
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(expect.arrayContaining(["model", "params.alpha", "unit"]));
    const cov = expectClienteleError(
      () => parseInput("load", ShiftedBetaGeometricFitSchema, { ...fit, covariance: [[1, 0, 0]] }),
      "invalid_input",
    );
    expect(issuePaths(cov)).toEqual(["covariance"]);
    const se = expectClienteleError(
      () => parseInput("load", ShiftedBetaGeometricFitSchema, { ...fit, standardErrors: { alpha: -1, beta: 0.1 } }),
      "invalid_input",
    );
    expect(issuePaths(se)).toEqual(["standardErrors.alpha"]);
  });
});
