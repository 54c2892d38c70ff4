import { describe, expect, it } from "vitest";
import { ParetoNbdParamsSchema } from "../../../src/clv/paretoNbd/ParetoNbdParams.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("ParetoNbdParamsSchema", () => {
  it("accepts r, alpha, s, beta > 0 and rejects 0, unknown keys and missing keys with their paths", () => {
    expect(parseInput("f", ParetoNbdParamsSchema, { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }).beta).toBe(
      11.669,
    );
    const e = expectClienteleError(
      () => parseInput("f", ParetoNbdParamsSchema, { r: 0, alpha: 1, s: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["beta", "r"]);
  });
});
