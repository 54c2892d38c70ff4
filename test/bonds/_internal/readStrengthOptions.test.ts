import { describe, expect, it } from "vitest";
import { readStrengthOptions } from "../../../src/bonds/_internal/readStrengthOptions.ts";
import { defaultBondWeights } from "../../../src/bonds/index.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readStrengthOptions", () => {
  it("defaults to weights 1, 2, 3 and saturation 0.5, and merges partial weights", () => {
    expect(readStrengthOptions("f", undefined, undefined)).toEqual({ weights: defaultBondWeights, saturation: 0.5 });
    expect(readStrengthOptions("f", { social: 5, structural: undefined }, 1)).toEqual({
      weights: { financial: 1, social: 5, structural: 3 },
      saturation: 1,
    });
  });
  it("reports every bad field at once", () => {
    const e = expectClienteleError(() => readStrengthOptions("f", [], "x"), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.weights", "options.saturation"]);
  });
});
