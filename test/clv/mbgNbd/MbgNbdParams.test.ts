import { describe, expect, it } from "vitest";
import { MbgNbdParamsSchema } from "../../../src/clv/mbgNbd/MbgNbdParams.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("MbgNbdParamsSchema", () => {
  it("accepts r, alpha, a, b > 0 and rejects 0 and missing keys with their paths", () => {
    expect(parseInput("f", MbgNbdParamsSchema, { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }).b).toBe(1.614);
    const e = expectClienteleError(
      () => parseInput("f", MbgNbdParamsSchema, { r: 0, alpha: 1, a: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["b", "r"]);
  });
});
