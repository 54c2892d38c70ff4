import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseRows } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const Row = z.strictObject({ n: z.number().check(z.gte(0)) });

describe("parseRows", () => {
  it("returns every row parsed when all are valid", () => {
    expect(parseRows("f", Row, [{ n: 1 }, { n: 2 }])).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("throws once, listing every bad row by index, with a count in the summary", () => {
    const e = expectClienteleError(
      () => parseRows("sumRows", Row, [{ n: 1 }, { n: -1 }, { n: 2 }, { m: 3 }]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["rows[1].n", "rows[3].n", "rows[3]"]);
    expect(e.message.split("\n")[0]).toBe("sumRows: invalid input in 2 of 4 rows");
  });

  it("in collect mode returns the good rows with their indexes and the bad rows untouched", () => {
    const bad = { n: -1 };
    const r = parseRows("f", Row, [{ n: 1 }, bad], { onInvalid: "collect" });
    expect(r.valid).toEqual([{ n: 1 }]);
    expect(r.validIndexes).toEqual([0]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.index).toBe(1);
    expect(r.rejected[0]?.row).toBe(bad);
    expect(r.rejected[0]?.issues[0]?.path).toEqual(["rows", 1, "n"]);
  });

  it("rejects a non-array batch and an unknown onInvalid mode", () => {
    expect(expectClienteleError(() => parseRows("f", Row, { n: 1 }), "invalid_input").issues[0]?.path).toEqual([
      "rows",
    ]);
    const e = expectClienteleError(
      () => parseRows("f", Row, [], { onInvalid: "drop" as unknown as "collect" }),
      "invalid_input",
    );
    expect(e.issues[0]?.path).toEqual(["options", "onInvalid"]);
  });

  it("collect mode never loses a row: valid + rejected = rows (property)", () => {
    const row = fc.oneof(fc.record({ n: fc.double() }), fc.record({ m: fc.integer() }), fc.constant(null), fc.string());
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), (rows) => {
        const r = parseRows("f", Row, rows, { onInvalid: "collect" });
        expect(r.valid.length + r.rejected.length).toBe(rows.length);
        const indexes = [...r.validIndexes, ...r.rejected.map((x) => x.index)].sort((a, b) => a - b);
        expect(indexes).toEqual(rows.map((_, i) => i));
      }),
    );
  });

  it("never mutates its input (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ n: fc.double() }), { maxLength: 30 }), (rows) => {
        const before = structuredClone(rows);
        parseRows("f", Row, rows, { onInvalid: "collect" });
        expect(rows).toEqual(before);
      }),
    );
  });
});

describe("parseRows limits and paths", () => {
  const Row = z.object({ n: z.number() });
  it("roots issue paths at options.path", () => {
    const error = expectClienteleError(
      () => parseRows("f", Row, [{ n: "x" }], { path: ["logs", "rows"] }),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["logs.rows[0].n"]);
    expect(issuePaths(expectClienteleError(() => parseRows("f", Row, 5, { path: ["logs"] }), "invalid_input"))).toEqual(
      ["logs"],
    );
    expect(
      issuePaths(expectClienteleError(() => parseRows("f", Row, [], { path: "rows" as never }), "invalid_input")),
    ).toEqual(["options.path"]);
  });

  it("keeps 10,000 issues of a million bad rows, counts them all, and stays short", () => {
    const rows = Array.from({ length: 1_000_000 }, () => ({ n: "x" }));
    const error = expectClienteleError(() => parseRows("f", Row, rows), "invalid_input");
    expect(error.issues).toHaveLength(10_000);
    expect(error.issueCount).toBe(1_000_000);
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message.startsWith("f: invalid input in 1000000 of 1000000 rows")).toBe(true);
  });

  it("keeps as many issues as maxIssues says, still counting them all (issue 16 item 1)", () => {
    const rows = Array.from({ length: 100_000 }, () => ({ n: "x" }));
    const error = expectClienteleError(() => parseRows("f", Row, rows, { maxIssues: 5 }), "invalid_input");
    expect(error.issues).toHaveLength(5);
    expect(error.issueCount).toBe(100_000);
    expect(error.message.length).toBeLessThan(2_000);
    expect(expectClienteleError(() => parseRows("f", Row, rows, { maxIssues: 0 }), "invalid_input").issues).toEqual([]);
    for (const bad of [-1, 1.5, Number.NaN, 2_000_000, "5"]) {
      expect(
        issuePaths(expectClienteleError(() => parseRows("f", Row, rows, { maxIssues: bad as never }), "invalid_input")),
      ).toEqual(["options.maxIssues"]);
    }
  });
});
