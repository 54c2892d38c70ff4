import { describe, expect, it } from "vitest";
import { modelFitFields } from "../../src/clv/_internal/modelFitFields.ts";
import { fitWarningCodes } from "../../src/clv/FitWarning.ts";
import { parseInput } from "../../src/schema/parseInput.ts";

describe("fitWarningCodes", () => {
  it("lists exactly the codes a saved fit's warnings may carry, each accepted with a parameter or null", () => {
    expect(fitWarningCodes).toEqual([
      "not_converged",
      "parameter_at_boundary",
      "standard_errors_unavailable",
      "frequency_spend_correlation",
    ]);
    const warnings = fitWarningCodes.map((code, i) => ({ code, parameter: i % 2 === 0 ? null : "r", message: code }));
    expect(parseInput("f", modelFitFields.warnings, warnings)).toEqual(warnings);
    expect(() => parseInput("f", modelFitFields.warnings, [{ code: "other", parameter: null, message: "" }])).toThrow(
      /warnings|code|invalid/,
    );
  });
});
