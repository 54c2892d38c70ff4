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

describe("formatIssues on many issues", () => {
  const missing = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      code: "invalid_type",
      path: ["rows", i, "customerId"] as (string | number)[],
      message: "missing required field (expected string or number)",
    }));

  it("lists up to 20 issues in full", () => {
    expect(formatIssues(missing(20)).split("\n")).toHaveLength(20);
  });

  it("summarises 100,000 issues in under 2,000 characters: the first 8, the count of the rest, the kinds", () => {
    const issues = [
      ...missing(100_000),
      ...Array.from({ length: 300 }, (_, i) => ({
        code: "too_small",
        path: ["rows", 2 * i, "amount"] as (string | number)[],
        message: `expected number ≥ 0, received ${-i - 1}`,
      })),
    ];
    const text = formatIssues(issues);
    expect(text.length).toBeLessThan(2_000);
    expect(text.split("\n")).toEqual([
      "  ✖ missing required field (expected string or number) → at rows[0].customerId",
      "  ✖ expected number ≥ 0, received -1 → at rows[0].amount",
      "  ✖ missing required field (expected string or number) → at rows[1].customerId",
      "  ✖ missing required field (expected string or number) → at rows[2].customerId",
      "  ✖ expected number ≥ 0, received -2 → at rows[2].amount",
      "  ✖ missing required field (expected string or number) → at rows[3].customerId",
      "  ✖ missing required field (expected string or number) → at rows[4].customerId",
      "  ✖ expected number ≥ 0, received -3 → at rows[4].amount",
      "  … and 100,292 more issues (all in error.issues); by kind:",
      "    100,000 × invalid_type at rows[*].customerId, e.g. missing required field (expected string or number)",
      "    300 × too_small at rows[*].amount, e.g. expected number ≥ 0, received -1",
    ]);
  });

  it("says how many were found when the list was capped, and cuts long messages and paths", () => {
    const long = [{ code: "custom", path: ["k".repeat(300)], message: "m".repeat(500) }];
    expect(formatIssues(long)).toBe(`  ✖ ${"m".repeat(199)}… → at ${"k".repeat(99)}…`);
    const text = formatIssues(missing(100), 1_000_000);
    expect(text).toContain("… and 999,992 more issues (the first 100 kept in error.issues); by kind, of those:");
  });

  it("shows at most five kinds and counts the others", () => {
    const issues = Array.from({ length: 30 }, (_, i) => ({
      code: "custom",
      path: ["rows", 0, `f${i}`],
      message: "bad",
    }));
    const lines = formatIssues(issues).split("\n");
    expect(lines).toHaveLength(8 + 1 + 5 + 1);
    expect(lines.at(-1)).toBe("    … and 25 more kinds");
  });
});
