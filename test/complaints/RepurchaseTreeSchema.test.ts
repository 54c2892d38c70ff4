import { describe, expect, it } from "vitest";
import { RepurchaseTreeSchema, repurchaseShareTolerance } from "../../src/complaints/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { workedTree } from "./_treeArbitraries.ts";

describe("RepurchaseTreeSchema", () => {
  it("accepts a tree whose splits sum to 1 and returns it unchanged", () => {
    expect(parseInput("f", RepurchaseTreeSchema, workedTree)).toEqual(workedTree);
  });
  it("states its tolerance: 1e-9 absolute per split", () => {
    expect(repurchaseShareTolerance).toBe(1e-9);
    const off = (d: number) => ({ ...workedTree, noFailure: { share: 0.6 + d, repurchaseRate: 0.8 } });
    expect(() => parseInput("f", RepurchaseTreeSchema, off(0.5e-9))).not.toThrow();
    const e = expectClienteleError(() => parseInput("f", RepurchaseTreeSchema, off(2e-9)), "invalid_input");
    expect(issuePaths(e)).toEqual([""]);
  });
  it("rejects unknown keys, NaN and missing groups with paths", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", RepurchaseTreeSchema, {
          noFailure: { share: Number.NaN, repurchaseRate: 0.5, extra: 1 },
          failure: { share: 0.4 },
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(
      expect.arrayContaining(["noFailure.share", "failure.notComplained", "failure.complained"]),
    );
  });
  it("allows null shares only as a whole split under an empty parent", () => {
    const mixed = {
      ...workedTree,
      failure: { ...workedTree.failure, notComplained: { share: null, repurchaseRate: null } },
    };
    const e = expectClienteleError(() => parseInput("f", RepurchaseTreeSchema, mixed), "invalid_input");
    expect(issuePaths(e)).toContain("failure");
  });
});
