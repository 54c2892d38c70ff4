import { describe, expect, it } from "vitest";
import { KeyAccountCandidateSchema } from "../../src/accounts/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("KeyAccountCandidateSchema", () => {
  it("turns a numeric id into its string and keeps negative profit and growth", () => {
    expect(
      parseInput("f", KeyAccountCandidateSchema, { customerId: 7, profit: -3, growth: -0.2, strategicFit: 0 }),
    ).toEqual({
      customerId: "7",
      profit: -3,
      growth: -0.2,
      strategicFit: 0,
    });
  });
  it("rejects a fit outside [0, 1], an infinite profit and unknown keys", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", KeyAccountCandidateSchema, {
          customerId: "a",
          profit: Infinity,
          growth: 0,
          strategicFit: 1.5,
          revenue: 1,
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["", "profit", "strategicFit"].sort());
  });
});
