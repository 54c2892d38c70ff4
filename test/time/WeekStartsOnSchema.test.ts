import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/parseInput.ts";
import { WeekStartsOnSchema } from "../../src/time/WeekStartsOnSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("WeekStartsOnSchema", () => {
  it("accepts the integers 0 (Sunday) to 6 (Saturday)", () => {
    for (const day of [0, 1, 2, 3, 4, 5, 6]) expect(parseInput("f", WeekStartsOnSchema, day)).toBe(day);
  });
  it("rejects 7, -1, 1.5 and strings with invalid_input", () => {
    for (const bad of [7, -1, 1.5, "1", "monday"]) {
      const e = expectClienteleError(
        () => parseInput("f", WeekStartsOnSchema, bad, ["options", "weekStartsOn"]),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["options.weekStartsOn"]);
    }
    const e = expectClienteleError(() => parseInput("f", WeekStartsOnSchema, 7), "invalid_input");
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected one of 0 | 1 | 2 | 3 | 4 | 5 | 6, received 7"
    `);
  });
});
