import { describe, expect, it } from "vitest";
import { AccountPlanSchema } from "../../src/accounts/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { plan } from "./_planFixtures.ts";

describe("AccountPlanSchema", () => {
  it("parses the shape of a plan", () => {
    expect(parseInput("f", AccountPlanSchema, plan)).toEqual(plan);
  });
  it("rejects unknown keys and a milestone date that is not a calendar date", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", AccountPlanSchema, {
          ...plan,
          owner: "x",
          milestones: [{ ...plan.milestones[0]!, due: "2025-02-30" }],
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["", "milestones[0].due"].sort());
  });
});
