import { describe, expect, it } from "vitest";
import { BgNbdParamsSchema } from "../../../src/clv/bgNbd/BgNbdParams.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("BgNbdParamsSchema", () => {
  it("accepts r, alpha, a, b > 0", () => {
    expect(parseInput("f", BgNbdParamsSchema, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 })).toEqual({
      r: 0.243,
      alpha: 4.414,
      a: 0.793,
      b: 2.426,
    });
  });

  it("rejects 0, negative, infinite, missing and unknown parameters", () => {
    const e = expectClienteleError(
      () => parseInput("f", BgNbdParamsSchema, { r: 0, alpha: Number.POSITIVE_INFINITY, a: -1, s: 2 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["r", "alpha", "a", "b", ""]);
    expect(e.issues[4]?.message).toBe('unknown key "s"');
  });
});
