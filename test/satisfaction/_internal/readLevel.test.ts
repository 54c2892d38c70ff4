import { describe, expect, it } from "vitest";
import { levelIssue, twoSidedZ } from "../../../src/satisfaction/_internal/readLevel.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("levelIssue / twoSidedZ", () => {
  it("accepts levels strictly between 0 and 1, and gives their two-sided z", () => {
    expect(levelIssue(0.95, ["level"])).toBeUndefined();
    expect(levelIssue(1, ["level"])?.path).toEqual(["level"]);
    expect(levelIssue("0.9", ["level"])?.message).toBe(
      'expected a confidence level between 0 and 1 (exclusive), received "0.9"',
    );
    expectClose(twoSidedZ(0.95), 1.959963984540054, { rel: 1e-14 });
  });
});
