import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

/** Reference writer (RFC 4180): quote a field when it holds the delimiter, a quote, CR or LF (or is empty, so a one-column empty value survives). */
function writeField(value: string, delimiter: string): string {
  return value === "" || value.includes(delimiter) || /["\r\n]/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}
function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: string,
  eol: string,
): string {
  return [header, ...rows].map((r) => r.map((v) => writeField(v, delimiter)).join(delimiter)).join(eol);
}

describe("parseCsv", () => {
  it("reads a header and rows of strings, as written", () => {
    const table = parseCsv("customerId,timestamp,amount\n0042,2024-06-30,12.50\n7,2024-07-01T09:00:00Z, 3\n");
    expect(table).toEqual({
      header: ["customerId", "timestamp", "amount"],
      rows: [
        ["0042", "2024-06-30", "12.50"],
        ["7", "2024-07-01T09:00:00Z", " 3"], // nothing trimmed
      ],
      lines: [2, 3],
    });
  });

  it("reads quoted fields with delimiters, quotes, CRLF and LF inside, a BOM, and CRLF or CR record ends", () => {
    const text = '\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line1\r\nline2","l1\nl2"\r"",""\r\n';
    expect(parseCsv(text)).toEqual({
      header: ["a", "b"],
      rows: [
        ["x,y", 'say "hi"'],
        ["line1\r\nline2", "l1\nl2"],
        ["", ""],
      ],
      lines: [2, 3, 6],
    });
  });

  it("keeps empty unquoted fields, a trailing empty field and skips empty lines", () => {
    expect(parseCsv("a,b,c\n\n,,\n1,,\n\n\n").rows).toEqual([
      ["", "", ""],
      ["1", "", ""],
    ]);
    expect(parseCsv("a,b\n1,").rows).toEqual([["1", ""]]);
    expect(parseCsv("a\n").rows).toEqual([]);
  });

  it("uses the delimiter given: ; tab |", () => {
    expect(parseCsv("a;b\n1,5;2", { delimiter: ";" }).rows).toEqual([["1,5", "2"]]);
    expect(parseCsv("a\tb\n1\t2", { delimiter: "\t" }).rows).toEqual([["1", "2"]]);
    expect(parseCsv('a|b\n"x|y"|2', { delimiter: "|" }).rows).toEqual([["x|y", "2"]]);
  });

  it("rejects stray quotes, text after a closing quote, unclosed quotes and wrong field counts, with line and field", () => {
    const e = expectClienteleError(() => parseCsv('a,b\n1,2,3\nx"y,2\n"ok"z,1\n4,"open\n5,6\n'), "invalid_input");
    expect(issuePaths(e)).toEqual([
      "text.line[3].field[1]",
      "text.line[4].field[1]",
      "text.line[5].field[2]",
      "text.line[2]",
    ]);
    expect(e.message).toMatchInlineSnapshot(`
      "parseCsv: invalid input
        ✖ expected 2 fields as in the header, received 3 → at text.line[2]
        ✖ expected no quote inside an unquoted field (quote the whole field and write the quote twice: "a""b") → at text.line[3].field[1]
        ✖ expected "," or a line break after a closing quote, received "z" → at text.line[4].field[1]
        ✖ expected a closing quote for the field opened on line 5, reached the end of the text → at text.line[5].field[2]"
    `);
  });

  it("rejects text without a header, duplicate column names, a non-string and bad options", () => {
    expect(issuePaths(expectClienteleError(() => parseCsv("\uFEFF\r\n\n"), "invalid_input"))).toEqual(["text"]);
    expect(issuePaths(expectClienteleError(() => parseCsv("a,b,a\n1,2,3"), "invalid_input"))).toEqual([
      "text.line[1].field[3]",
    ]);
    expect(issuePaths(expectClienteleError(() => parseCsv(42 as never), "invalid_input"))).toEqual(["text"]);
    expect(issuePaths(expectClienteleError(() => parseCsv("a", { delimiter: ":" } as never), "invalid_input"))).toEqual(
      ["options.delimiter"],
    );
    expect(issuePaths(expectClienteleError(() => parseCsv("a", { sep: ";" } as never), "invalid_input"))).toEqual([
      "options",
    ]);
  });

  it("keeps the first 10,000 problems of a huge bad file and counts them all", () => {
    const text = `a,b\n${"1,2,3\n".repeat(20_000)}`;
    const e = expectClienteleError(() => parseCsv(text), "invalid_input");
    expect(e.issues).toHaveLength(10_000);
    expect(e.issueCount).toBe(20_000);
    expect(e.message.length).toBeLessThan(2_000);
  });

  it("round-trips whatever the reference writer writes (any strings, any delimiter, LF or CRLF)", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "b", " ", ",", ";", "\t", "|", '"', "\r", "\n", "é", "\uFEFF"),
    });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(
              fc.uniqueArray(cell, { minLength: width, maxLength: width }),
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
            ),
          ),
        fc.constantFrom(",", ";", "\t", "|") as fc.Arbitrary<"," | ";" | "\t" | "|">,
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        ([header, rows], delimiter, eol, trailing) => {
          const text = writeCsv(header, rows, delimiter, eol) + (trailing ? eol : "");
          // A BOM-like first character of the header is quoted by nothing: write the BOM explicitly.
          const table = parseCsv(`\uFEFF${text}`, { delimiter });
          expect(table.header).toEqual(header);
          expect(table.rows).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("is deterministic: the same text gives equal tables", () => {
    const text = 'a,b\n"1",2\n';
    expect(parseCsv(text)).toEqual(parseCsv(text));
  });
});
