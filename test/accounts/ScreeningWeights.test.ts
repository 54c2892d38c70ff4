import { describe, expect, it } from "vitest";
import { defaultScreeningWeights, ScreeningWeightsSchema, screeningFactors } from "../../src/accounts/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("ScreeningWeights", () => {
  it("the defaults sum to 1 and pass the schema", () => {
    expect(parseInput("f", ScreeningWeightsSchema, defaultScreeningWeights)).toEqual(defaultScreeningWeights);
    expect(screeningFactors.reduce((s, f) => s + defaultScreeningWeights[f], 0)).toBe(1);
  });
  it("accepts a sum of 1 within 1e-9 and rejects a sum of 0.9", () => {
    expect(parseInput("f", ScreeningWeightsSchema, { profitability: 0.1, growth: 0.2, strategicFit: 0.7 }).growth).toBe(
      0.2,
    );
    const e = expectClienteleError(
      () => parseInput("f", ScreeningWeightsSchema, { profitability: 0.4, growth: 0.3, strategicFit: 0.2 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual([""]);
  });
});
