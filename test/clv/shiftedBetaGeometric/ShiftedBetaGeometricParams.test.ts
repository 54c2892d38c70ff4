import { describe, expect, it } from "vitest";
import { ShiftedBetaGeometricParamsSchema } from "../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricParams.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("ShiftedBetaGeometricParamsSchema", () => {
  it("accepts finite α, β > 0 and returns them unchanged", () => {
    expect(parseInput("f", ShiftedBetaGeometricParamsSchema, { alpha: 0.704, beta: 1.182 })).toEqual({
      alpha: 0.704,
      beta: 1.182,
    });
    expect(parseInput("f", ShiftedBetaGeometricParamsSchema, { alpha: 1e-300, beta: 1e300 }).alpha).toBe(1e-300);
  });

  it("rejects 0, negative, non-finite and missing values and unknown keys, with paths", () => {
    const e = expectClienteleError(
      () => parseInput("f", ShiftedBetaGeometricParamsSchema, { alpha: 0, beta: Number.POSITIVE_INFINITY, r: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["", "alpha", "beta"]);
    const missing = expectClienteleError(
      () => parseInput("f", ShiftedBetaGeometricParamsSchema, { alpha: -1 }),
      "invalid_input",
    );
    expect(issuePaths(missing).sort()).toEqual(["alpha", "beta"]);
    expect(missing.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected number > 0, received -1 → at alpha
        ✖ missing required field (expected number) → at beta"
    `);
  });
});
