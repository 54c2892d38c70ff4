import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../_lib/issueCollector.ts";
import { unknownKeysIssue } from "../_lib/unknownKeysIssue.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import type { CsvTable } from "./CsvTable.ts";

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * ```ts
 * import type { ParseCsvOptions } from "clientele/csv";
 * const options: ParseCsvOptions = { delimiter: ";" };
 * ```
 * @category CSV
 */
export interface ParseCsvOptions {
  /** Field separator: `","` (default), `";"`, `"\t"` or `"|"`. */
  readonly delimiter?: "," | ";" | "\t" | "|" | undefined;
}

const DELIMITERS = [",", ";", "\t", "|"];
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads delimited text (CSV as RFC 4180 defines it) into a header and rows of strings.
 *
 * @remarks
 * - The first record is the header: column names, which must be unique. Every other record must have
 *   exactly as many fields.
 * - A field may be quoted with `"`: it may then hold delimiters, line breaks and quotes (written twice,
 *   `""`). A quote anywhere else, or anything but a delimiter or a line break after a closing quote, is
 *   an error rather than a guess.
 * - Records end at CRLF, LF or CR; a line break inside a quoted field is kept as written. A UTF-8 byte
 *   order mark at the start is ignored, and so are empty lines (so a file ending in line breaks is
 *   fine; in a one-column file an empty value must be quoted, `""`).
 * - Values are strings exactly as written: nothing is trimmed, unquoted or converted. Turn them into
 *   typed records with an explicit step, such as `coerceTransactions` in `clientele/customers`.
 *
 * It takes text, not a file name, so it runs anywhere (browsers, workers, edge runtimes): read the file
 * yourself (for example with `readFileSync(path, "utf8")` from `node:fs`). Runs in O(length of text).
 *
 * @param text - The whole text.
 * @param options - `delimiter` (default `","`).
 * @returns The header, the rows, and the line on which each row starts.
 * @throws {@link ClienteleInputError} `invalid_input` for a non-string `text` or a bad option; for text
 *   without a header, a duplicate column name, a stray or unclosed quote, or a record with the wrong
 *   number of fields, with every problem listed at `text.line[n]` or `text.line[n].field[k]` (lines and
 *   fields counted from 1; the first 10,000 kept, all counted).
 * @example
 * ```ts
 * import { parseCsv } from "clientele/csv";
 * const table = parseCsv('\uFEFFid,note,amount\r\n7,"says ""hi"", twice",12.50\r\n8,"two\nlines",3\r\n');
 * table.header; // => ["id", "note", "amount"]
 * table.rows; // => [["7", 'says "hi", twice', "12.50"], ["8", "two\nlines", "3"]]
 * table.lines; // => [2, 3]
 * parseCsv("a;b\n1;2", { delimiter: ";" }).rows; // => [["1", "2"]]
 * ```
 * @category CSV
 */
export function parseCsv(text: string, options?: ParseCsvOptions | undefined): CsvTable {
  const fn = "parseCsv";
  const delimiter = readDelimiter(fn, text, options);
  const delim = delimiter.charCodeAt(0);
  const issues = createIssueCollector();
  const n = text.length;
  const records: string[][] = [];
  const lines: number[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      // An empty line: skipped.
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: up to the closing quote, `""` standing for one quote.
        let value = "";
        let from = i + 1;
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', from);
          const end = q < 0 ? n : q;
          line += lineBreaks(text, from, end);
          if (q < 0) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          const field = fields.length + 1;
          collectIssue(issues, () =>
            issue(
              recordLine,
              field,
              `expected a closing quote for the field opened on line ${recordLine}, reached the end of the text`,
            ),
          );
          i = n;
          fields.push(value);
          break;
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== delim && c !== LF && c !== CR) {
          const field = fields.length + 1;
          const atLine = line;
          collectIssue(issues, () =>
            issue(
              atLine,
              field,
              `expected ${describeDelimiter(delimiter)} or a line break after a closing quote, received ${JSON.stringify(text[i])}`,
            ),
          );
          while (i < n && text.charCodeAt(i) !== delim && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        }
        fields.push(value);
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          if (c === QUOTE) {
            const field = fields.length + 1;
            const atLine = line;
            collectIssue(issues, () =>
              issue(
                atLine,
                field,
                'expected no quote inside an unquoted field (quote the whole field and write the quote twice: "a""b")',
              ),
            );
          }
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      if (i < n) {
        // Line break ending the record.
        i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
      }
      break;
    }
    records.push(fields);
    lines.push(recordLine);
  }
  const header = records[0];
  if (header === undefined) {
    collectIssue(issues, () => ({
      code: "too_small",
      path: ["text"],
      message: "expected a header line, received no record",
      expected: "a header line",
      received: "no record",
    }));
    throw failure(fn, issues);
  }
  checkHeader(header, lines[0]!, issues);
  for (let r = 1; r < records.length; r++) {
    const count = records[r]!.length;
    if (count !== header.length) {
      collectIssue(issues, () => ({
        code: "invalid_length",
        path: ["text", "line", lines[r]!],
        message: `expected ${header.length} field${header.length === 1 ? "" : "s"} as in the header, received ${count}`,
        expected: `${header.length} fields`,
        received: `${count} fields`,
      }));
    }
  }
  if (issues.count > 0) throw failure(fn, issues);
  return { header, rows: records.slice(1), lines: lines.slice(1) };
}

/** Line breaks (CRLF, LF or a lone CR) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

/** Duplicate column names. */
function checkHeader(header: readonly string[], line: number, issues: IssueCollector): void {
  const seen = new Map<string, number>();
  header.forEach((name, k) => {
    const before = seen.get(name);
    if (before === undefined) {
      seen.set(name, k + 1);
      return;
    }
    collectIssue(issues, () =>
      issue(
        line,
        k + 1,
        `expected unique column names, received ${JSON.stringify(name)} again (first in field ${before})`,
      ),
    );
  });
}

function issue(line: number, field: number, message: string): ClienteleIssue {
  return { code: "custom", path: ["text", "line", line, "field", field], message };
}

function describeDelimiter(delimiter: string): string {
  return delimiter === "\t" ? "a tab" : JSON.stringify(delimiter);
}

function failure(fn: string, issues: IssueCollector): ClienteleInputError {
  return new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
}

/** Validates `text` and `options`; returns the delimiter. */
function readDelimiter(fn: string, text: unknown, options: unknown): string {
  const problems: ClienteleIssue[] = [];
  if (typeof text !== "string") {
    const received = describeReceived(text);
    problems.push({
      code: "invalid_type",
      path: ["text"],
      message: `expected string, received ${received}`,
      expected: "string",
      received,
    });
  }
  let delimiter = ",";
  if (options !== undefined) {
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      const received = describeReceived(options);
      problems.push({
        code: "invalid_type",
        path: ["options"],
        message: `expected object, received ${received}`,
        expected: "object",
        received,
      });
    } else {
      const record = options as Record<string, unknown>;
      const unknown = unknownKeysIssue(record, ["delimiter"], ["options"]);
      if (unknown !== undefined) problems.push(unknown);
      const given = record.delimiter;
      if (given !== undefined) {
        if (typeof given === "string" && DELIMITERS.includes(given)) delimiter = given;
        else {
          const received = describeReceived(given);
          problems.push({
            code: "invalid_value",
            path: ["options", "delimiter"],
            message: `expected one of "," | ";" | "\\t" | "|", received ${received}`,
            expected: '"," | ";" | "\\t" | "|"',
            received,
          });
        }
      }
    }
  }
  if (problems.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues: problems });
  return delimiter;
}
