import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/errors/index.ts";

describe("formatIssues", () => {
  it("groups issues by row index, shallower paths first, input order otherwise", () => {
    const text = formatIssues([
      { code: "c", path: ["rows", 2, "amount"], message: "m3" },
      { code: "c", path: ["rows", 1, "amount"], message: "m2" },
      { code: "c", path: ["rows", 1], message: "m1" },
      { code: "c", path: [], message: "m0" },
    ]);
    expect(text.split("\n")).toEqual([
      "  ✖ m0",
      "  ✖ m1 → at rows[1]",
      "  ✖ m2 → at rows[1].amount",
      "  ✖ m3 → at rows[2].amount",
    ]);
  });
  it("returns an empty string for no issues", () => {
    expect(formatIssues([])).toBe("");
  });
});
