import { describe, expect, it } from "vitest";
import { columnIssues } from "../../src/_lib/columnIssues.ts";

const known = ["customerId", "frequency", "monetaryValue"];
const required = ["customerId", "frequency"];

describe("columnIssues", () => {
  it("returns the common length and no issues for well-formed columns (optional ones may be absent)", () => {
    expect(columnIssues({ customerId: ["a", "b"], frequency: new Float64Array(2) }, known, required, "rows")).toEqual({
      length: 2,
      issues: [],
    });
  });
  it("reports unknown keys, missing required columns, non-array columns and length mismatches with paths", () => {
    const { issues } = columnIssues(
      { customerId: ["a", "b"], monetaryValue: [1], extra: [] },
      known,
      required,
      "summaries",
    );
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ["unrecognized_keys", ["summaries"], 'unknown key "extra"'],
      ["invalid_type", ["summaries", "frequency"], "missing required field (expected array-like column)"],
      ["invalid_length", ["summaries", "monetaryValue"], "expected 2 items like customerId, received length 1"],
    ]);
    expect(
      columnIssues({ customerId: "ab", frequency: null }, known, required, "r").issues.map((i) => i.received),
    ).toEqual(['"ab"', "null"]);
  });

  it("starts paths at a nested root, and ignores other keys when asked", () => {
    const columns = { customerId: ["a"], frequency: [1, 2], revenue: [] };
    const { issues } = columnIssues(columns, known, required, ["records", "customers"], "ignore");
    expect(issues.map((i) => [i.code, i.path])).toEqual([["invalid_length", ["records", "customers", "frequency"]]]);
    expect(columnIssues(columns, known, required, ["r"]).issues[0]!.code).toBe("unrecognized_keys");
  });
});
