import { describe, expect, it } from "vitest";
import { BgBbParamsSchema } from "../../../src/clv/bgBb/BgBbParams.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("BgBbParamsSchema", () => {
  it("accepts positive α, β, γ, δ and rejects zero, unknown keys and missing ones with their paths", () => {
    const ok = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };
    expect(parseInput("load", BgBbParamsSchema, ok)).toEqual(ok);
    const error = expectClienteleError(
      () => parseInput("load", BgBbParamsSchema, { alpha: 0, beta: 1, gamma: 1, r: 1 }),
      "invalid_input",
    );
    expect(issuePaths(error).sort()).toEqual(["", "alpha", "delta"].sort());
  });
});
