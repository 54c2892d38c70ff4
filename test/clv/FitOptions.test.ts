import { describe, expect, it } from "vitest";
import { defaultFitOptions } from "../../src/clv/FitOptions.ts";

describe("defaultFitOptions", () => {
  it("documents the defaults: tolerance 1e-8, 1000 iterations, no penalty, standard errors on, non-convergence throws", () => {
    expect(defaultFitOptions).toEqual({
      tolerance: 1e-8,
      maxIterations: 1000,
      penalty: 0,
      standardErrors: true,
      allowNonConvergence: false,
    });
  });
});
