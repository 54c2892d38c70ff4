import { describe, expect, it } from "vitest";
import { noProgress } from "../../../src/_lib/progress.ts";
import { resolveOptimiserOptions } from "../../../src/math/_internal/resolveOptimiserOptions.ts";
import { defaultOptimiserOptions } from "../../../src/math/OptimiserOptions.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("resolveOptimiserOptions", () => {
  it("fills in defaultOptimiserOptions for omitted or undefined fields", () => {
    expect(resolveOptimiserOptions("f", undefined)).toEqual({ ...defaultOptimiserOptions, control: noProgress });
    expect(resolveOptimiserOptions("f", { tolerance: undefined, maxIterations: 5 })).toEqual({
      tolerance: 1e-8,
      maxIterations: 5,
      control: noProgress,
    });
    const onProgress = () => {};
    expect(resolveOptimiserOptions("f", { onProgress }).control).toEqual({ onProgress, signal: undefined });
  });

  it("throws invalid_input listing tolerance outside (0, 1) and a non-integer or non-positive maxIterations", () => {
    const error = expectClienteleError(
      () => resolveOptimiserOptions("f", { tolerance: 1, maxIterations: 0 }),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["options.tolerance", "options.maxIterations"]);
    expect(
      issuePaths(expectClienteleError(() => resolveOptimiserOptions("f", { tolerance: Number.NaN }), "invalid_input")),
    ).toEqual(["options.tolerance"]);
  });
});
