import { describe, expect, it } from "vitest";
import { readFields, readNumbers, readObject, readRecords } from "../../../src/charts/_internal/readRecords.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const FIELDS = { a: "number", b: "number|null", c: "number?", d: "string" } as const;

describe("readRecords", () => {
  it("returns the rows themselves when every field has its kind", () => {
    const rows = [
      { a: 1, b: null, d: "x" },
      { a: -2, b: 3, c: 4, d: "" },
    ];
    expect(readRecords("f", rows, ["rows"], FIELDS)).toBe(rows);
  });

  it("names every bad field with its path, accepting class instances with the right fields", () => {
    class Row {
      a = 1;
      b = null;
      d = "x";
    }
    const e = expectClienteleError(
      () => readRecords("f", [new Row(), { a: Number.NaN, b: undefined, c: null, d: 1 }, null, [1]], ["rows"], FIELDS),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["rows[1].a", "rows[1].b", "rows[1].c", "rows[1].d", "rows[2]", "rows[3]"]);
    expect(e.message).toMatch(/^f: invalid input/);
  });

  it("keeps at most 10,000 issues and counts them all", () => {
    const rows = Array.from({ length: 20_000 }, () => ({ a: "1", b: null, d: "x" }));
    const e = expectClienteleError(() => readRecords("f", rows, ["rows"], FIELDS), "invalid_input");
    expect(e.issues).toHaveLength(10_000);
    expect(e.issueCount).toBe(20_000);
    expect(e.message.length).toBeLessThan(2_000);
  });

  it("throws invalid_input for a non-array and insufficient_data for too few rows", () => {
    expect(
      issuePaths(expectClienteleError(() => readRecords("f", { length: 1 }, ["rows"], FIELDS), "invalid_input")),
    ).toEqual(["rows"]);
    expectClienteleError(() => readRecords("f", [], ["rows"], FIELDS), "insufficient_data");
    expect(readRecords("f", [], ["rows"], FIELDS, 0)).toEqual([]);
  });
});

describe("readFields, readObject, readNumbers", () => {
  it("check one object's fields at its own path", () => {
    expect(
      issuePaths(
        expectClienteleError(() => readFields("f", { a: 1, b: 2, d: 3 }, ["x", "y"], FIELDS), "invalid_input"),
      ),
    ).toEqual(["x.y.d"]);
    expect(issuePaths(expectClienteleError(() => readObject("f", [], ["x"]), "invalid_input"))).toEqual(["x"]);
  });

  it("copies array-likes of finite numbers (typed arrays included) and names bad entries", () => {
    expect(readNumbers("f", new Float64Array([1, 2]), ["at"])).toEqual([1, 2]);
    expect(
      issuePaths(
        expectClienteleError(() => readNumbers("f", [1, Number.POSITIVE_INFINITY, "2"], ["at"]), "invalid_input"),
      ),
    ).toEqual(["at[1]", "at[2]"]);
    expectClienteleError(() => readNumbers("f", "12", ["at"]), "invalid_input");
    expectClienteleError(() => readNumbers("f", { length: 1e10 }, ["at"]), "invalid_input");
    expectClienteleError(() => readNumbers("f", [], ["at"]), "insufficient_data");
  });
});
