import { describe, expect, it } from "vitest";
import { MissingAnswerPolicySchema } from "../../src/satisfaction/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("MissingAnswerPolicySchema", () => {
  it("accepts the four policies and nothing else", () => {
    for (const p of ["reject", "skip", "impute-midpoint", "impute-mean"])
      expect(parseInput("f", MissingAnswerPolicySchema, p)).toBe(p);
    expectClienteleError(() => parseInput("f", MissingAnswerPolicySchema, "drop"), "invalid_input");
  });
});
