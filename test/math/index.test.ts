import { describe, expect, it } from "vitest";
import * as math from "../../src/math/index.ts";

describe("clientele/math facade", () => {
  it("exports exactly the public functions and constants of the area", () => {
    expect(Object.keys(math).sort()).toEqual(
      [
        "defaultOptimiserOptions",
        "digamma",
        "hessian",
        "hyp2f1",
        "invertSymmetric",
        "logAddExp",
        "logBeta",
        "logDiffExp",
        "logGamma",
        "logHyp2f1",
        "logSumExp",
        "minimizeBfgs",
        "minimizeNelderMead",
        "numericalGradient",
        "trigamma",
        "withNumericalGradient",
      ].sort(),
    );
  });

  it("exposes no internal (unchecked) helper", () => {
    expect(Object.keys(math).some((name) => name.endsWith("Unchecked"))).toBe(false);
  });
});
