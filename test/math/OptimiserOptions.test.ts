import { describe, expect, it } from "vitest";
import { minimizeBfgs } from "../../src/math/minimizeBfgs.ts";
import { defaultOptimiserOptions } from "../../src/math/OptimiserOptions.ts";

describe("defaultOptimiserOptions", () => {
  it("is tolerance 1e-8 and maxIterations 10 000", () => {
    expect(defaultOptimiserOptions).toEqual({ tolerance: 1e-8, maxIterations: 10_000 });
  });

  it("is what the optimisers use when options are omitted (same result as passing the defaults)", () => {
    const f = (x: Float64Array, g: Float64Array) => {
      g[0] = 4 * (x[0]! - 1) ** 3;
      return (x[0]! - 1) ** 4;
    };
    expect(minimizeBfgs(f, [3])).toEqual(minimizeBfgs(f, [3], defaultOptimiserOptions));
  });
});
