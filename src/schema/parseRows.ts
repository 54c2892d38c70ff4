import { type $ZodType, type output, safeParse } from "zod/v4/core";
import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssues, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { checkSchemaArguments } from "./_internal/checkSchemaArguments.ts";
import { readMaxIssues } from "./_internal/readMaxIssues.ts";
import { toClienteleIssues } from "./toClienteleIssues.ts";

/**
 * What to do with rows that fail validation: `"throw"` (the default) fails the call listing every bad
 * row; `"collect"` returns the bad rows beside the good ones so nothing is dropped silently.
 *
 * @example
 * ```ts
 * import type { OnInvalidRows } from "clientele/schema";
 * const mode: OnInvalidRows = "collect";
 * ```
 * @category Schema
 */
export type OnInvalidRows = "throw" | "collect";

/**
 * Options of {@link parseRows} and of the batch parsers built on it (`parseTransactions`, …).
 *
 * @example
 * ```ts
 * import type { ParseRowsOptions } from "clientele/schema";
 * const options: ParseRowsOptions = { onInvalid: "collect" };
 * ```
 * @category Schema
 */
export interface ParseRowsOptions {
  /** `"throw"` (default) or `"collect"`. */
  readonly onInvalid?: OnInvalidRows | undefined;
  /**
   * Where the rows sit in the caller's input, for issue paths: default `["rows"]` (`rows[3].amount`);
   * `["transactions"]` gives `transactions[3].amount`.
   */
  readonly path?: readonly (string | number)[] | undefined;
  /**
   * How many issues the thrown error keeps in `issues` (an integer from 0 to 1,000,000; default 10,000):
   * `issueCount` always counts them all, and the message summarises them whatever the cap.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * A row that failed validation in `"collect"` mode: its index in the input, the original value
 * (untouched) and the issues found, with paths starting at `rows[index]`.
 *
 * @example
 * ```ts
 * import type { RejectedRow } from "clientele/schema";
 * const r: RejectedRow = { index: 2, row: { amount: -1 }, issues: [] };
 * ```
 * @category Schema
 */
export interface RejectedRow {
  /** Position of the row in the input array. */
  readonly index: number;
  /** The row as given. */
  readonly row: unknown;
  /** Problems found in the row; paths start with `"rows", index`. */
  readonly issues: readonly ClienteleIssue[];
}

/**
 * Result of a batch parse in `"collect"` mode. `valid.length + rejected.length` always equals the
 * number of input rows.
 *
 * @example
 * ```ts
 * import type { ParsedRows } from "clientele/schema";
 * const empty: ParsedRows<number> = { valid: [], validIndexes: [], rejected: [] };
 * ```
 * @category Schema
 */
export interface ParsedRows<T> {
  /** Parsed rows that passed, in input order. */
  readonly valid: readonly T[];
  /** For each valid row, its index in the input. */
  readonly validIndexes: readonly number[];
  /** Rows that failed, in input order. */
  readonly rejected: readonly RejectedRow[];
}

/**
 * Validates every row of a batch with one schema. By default throws one `invalid_input` error listing
 * every bad row by index and field (`rows[1042].amount`); with `{ onInvalid: "collect" }` returns
 * `{ valid, validIndexes, rejected }` instead. Never mutates `rows`.
 *
 * @remarks
 * Rows are validated one at a time, so a batch of any length is safe. In throw mode the error keeps the
 * first 10,000 issues in `issues` and counts all of them in `issueCount`; its message summarises.
 *
 * @param fnName - Name of the public function (first word of the error message).
 * @param schema - Schema of one row.
 * @param rows - The untrusted batch; must be an array.
 * @param options - `onInvalid` mode, the `path` of the rows in the caller's input, and `maxIssues`.
 * @returns The parsed rows (throw mode) or the split (collect mode).
 * @throws {@link ClienteleInputError} `invalid_input` if `rows` is not an array, or (throw mode) any row is bad.
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { parseRows } from "clientele/schema";
 * const Row = z.object({ n: z.number() });
 * parseRows("sum", Row, [{ n: 1 }, { n: 2 }]); // => [{ n: 1 }, { n: 2 }]
 * parseRows("sum", Row, [{ n: 1 }, { n: "x" }], { onInvalid: "collect" }).rejected[0]?.index; // => 1
 * ```
 * @category Schema
 */
export function parseRows<S extends $ZodType>(
  fnName: string,
  schema: S,
  rows: unknown,
  options?: undefined,
): output<S>[];
export function parseRows<S extends $ZodType>(
  fnName: string,
  schema: S,
  rows: unknown,
  options: ParseRowsOptions & { readonly onInvalid?: "throw" | undefined },
): output<S>[];
export function parseRows<S extends $ZodType>(
  fnName: string,
  schema: S,
  rows: unknown,
  options: ParseRowsOptions & { readonly onInvalid: "collect" },
): ParsedRows<output<S>>;
export function parseRows<S extends $ZodType>(
  fnName: string,
  schema: S,
  rows: unknown,
  options?: ParseRowsOptions,
): output<S>[] | ParsedRows<output<S>>;
export function parseRows<S extends $ZodType>(
  fnName: string,
  schema: S,
  rows: unknown,
  options?: ParseRowsOptions,
): output<S>[] | ParsedRows<output<S>> {
  checkSchemaArguments("parseRows", fnName, schema);
  const mode = options?.onInvalid ?? "throw";
  if (mode !== "throw" && mode !== "collect") {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "onInvalid"],
          message: `expected "throw" | "collect", received ${JSON.stringify(mode)}`,
          expected: `"throw" | "collect"`,
          received: JSON.stringify(mode),
        },
      ],
    });
  }
  const path = options?.path ?? ["rows"];
  if (!Array.isArray(path) || !path.every((p) => typeof p === "string" || typeof p === "number")) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["options", "path"],
          message: "expected an array of strings and numbers",
          expected: "(string | number)[]",
          received: describeReceived(path),
        },
      ],
    });
  }
  const maxIssues = readMaxIssues(fnName, options?.maxIssues);
  if (!Array.isArray(rows)) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [...path],
          message: `expected array, received ${rows === null ? "null" : typeof rows}`,
          expected: "array",
          received: rows === null ? "null" : typeof rows,
        },
      ],
    });
  }
  const valid: output<S>[] = [];
  const validIndexes: number[] = [];
  const rejected: RejectedRow[] = [];
  const issues = createIssueCollector(maxIssues);
  let bad = 0;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const result = safeParse(schema, row);
    if (result.success) {
      valid.push(result.data);
      validIndexes.push(i);
    } else if (mode === "collect") {
      rejected.push({ index: i, row, issues: toClienteleIssues(result.error.issues, row, [...path, i]) });
    } else {
      bad++;
      // Past the cap only the count grows: no issue objects are built for the rest.
      if (issues.list.length < issues.cap)
        collectIssues(issues, toClienteleIssues(result.error.issues, row, [...path, i]));
      else issues.count += result.error.issues.length;
    }
  }
  if (mode === "collect") return { valid, validIndexes, rejected };
  if (bad > 0) {
    const s = rows.length === 1 ? "" : "s";
    throw new ClienteleInputError(`${fnName}: invalid input in ${bad} of ${rows.length} row${s}`, {
      issues: issues.list,
      issueCount: issues.count,
    });
  }
  return valid;
}
