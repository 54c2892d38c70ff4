import { describe, expect, it } from "vitest";
import { LevelSchema, NoImputationPolicySchema } from "../../../src/satisfaction/_internal/indexOptionSchemas.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("LevelSchema / NoImputationPolicySchema", () => {
  it("accept a level in (0, 1) and reject or skip only", () => {
    expect(parseInput("f", LevelSchema, 0.9)).toBe(0.9);
    expectClienteleError(() => parseInput("f", LevelSchema, 0), "invalid_input");
    expect(parseInput("f", NoImputationPolicySchema, "skip")).toBe("skip");
    expectClienteleError(() => parseInput("f", NoImputationPolicySchema, "impute-mean"), "invalid_input");
  });
});
