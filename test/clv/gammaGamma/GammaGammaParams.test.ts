import { describe, expect, it } from "vitest";
import { GammaGammaParamsSchema } from "../../../src/clv/gammaGamma/GammaGammaParams.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("GammaGammaParamsSchema", () => {
  it("accepts p, q, gamma > 0", () => {
    expect(parseInput("f", GammaGammaParamsSchema, { p: 6.25, q: 3.74, gamma: 15.44 })).toEqual({
      p: 6.25,
      q: 3.74,
      gamma: 15.44,
    });
  });

  it("rejects 0, infinite, missing and unknown parameters with their paths", () => {
    const e = expectClienteleError(
      () => parseInput("f", GammaGammaParamsSchema, { p: 0, q: Number.POSITIVE_INFINITY, v: 2 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["p", "q", "gamma", ""]);
  });
});
