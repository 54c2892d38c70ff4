import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { CompressedSummaries } from "../rfm/compressSummaries.ts";

/**
 * Columns of a query result as drivers hand them over: plain arrays, typed arrays, or Arrow-like vectors
 * (anything with a `length` and an element getter `get(i)`, such as an Apache Arrow `Vector`).
 *
 * @example
 * ```ts
 * import type { ResultColumn } from "clientele/sql";
 * const column: ResultColumn = new Float64Array([1, 2]);
 * column.length; // => 2
 * ```
 * @category SQL
 */
export type ResultColumn = ArrayLike<unknown> | VectorLike;

/**
 * An Arrow-like column: a length and an element getter (Apache Arrow's `Vector` has both).
 *
 * @example
 * ```ts
 * import type { VectorLike } from "clientele/sql";
 * const vector: VectorLike = { length: 1, get: () => 38 };
 * vector.get(0); // => 38
 * ```
 * @category SQL
 */
export interface VectorLike {
  /** Number of elements. */
  readonly length: number;
  /**
   * The element at `index`.
   *
   * @param index - From 0 to `length - 1`.
   * @returns The element.
   */
  get(index: number): unknown;
}

const KEYS = ["frequency", "recency", "T", "count"] as const;

/**
 * Reads the result of {@link compressedSummarySql} — rows (objects with `frequency`, `recency`, `T`,
 * `count`, as PGlite, node-postgres or DuckDB's `getRowObjectsJS()` return them) or columns (as Arrow
 * tables or DuckDB's `getColumnsObjectJS()` return them) — into the {@link CompressedSummaries} that the
 * count-model fits take. Driver-agnostic: integer columns that arrive as `bigint` are accepted when
 * they are safe integers.
 *
 * @remarks
 * The per-customer result of {@link summarySql} needs no reader: its rows already have the fields of
 * `summarizeTransactions`' rows, and `parseSummaries` and the fits accept them as they are.
 *
 * @param result - Rows or columns.
 * @returns The compressed summaries (with `customers` = Σ count).
 * @throws {@link ClienteleInputError} `invalid_input` for a missing column, a value that is not a finite
 *   number (or a safe-integer `bigint`), a non-integer or non-positive count, or columns of different
 *   lengths, with paths such as `result[3].count` or `result.T[3]`.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty result.
 * @example
 * ```ts
 * import { parseCompressedRows } from "clientele/sql";
 * const compressed = parseCompressedRows([
 *   { frequency: 0, recency: 0, T: 38, count: 2n },
 *   { frequency: 2, recency: 10, T: 38, count: 1n },
 * ]);
 * compressed.count; // => [2, 1]
 * compressed.customers; // => 3
 * ```
 * @category SQL
 */
export function parseCompressedRows(
  result: readonly Readonly<Record<string, unknown>>[] | Readonly<Record<string, ResultColumn>>,
): CompressedSummaries {
  const fn = "parseCompressedRows";
  const issues = createIssueCollector();
  const out = { frequency: [] as number[], recency: [] as number[], T: [] as number[], count: [] as number[] };
  const take = (key: (typeof KEYS)[number], value: unknown, path: (string | number)[]) => {
    const n = typeof value === "bigint" && Number.isSafeInteger(Number(value)) ? Number(value) : value;
    const integer = key === "frequency" || key === "count";
    const ok =
      typeof n === "number" &&
      Number.isFinite(n) &&
      (!integer || Number.isInteger(n)) &&
      (key === "count" ? n >= 1 : n >= 0);
    if (!ok) {
      collectIssue(issues, () => {
        const expected = key === "count" ? "an integer ≥ 1" : integer ? "an integer ≥ 0" : "a finite number ≥ 0";
        const received = describeReceived(value);
        return {
          code: "invalid_value",
          path,
          message: `expected ${expected}, received ${received}`,
          expected,
          received,
        };
      });
      return;
    }
    out[key].push((n as number) + 0);
  };
  if (Array.isArray(result)) {
    result.forEach((row: unknown, i) => {
      if (typeof row !== "object" || row === null) {
        const received = describeReceived(row);
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["result", i],
          message: `expected a row object, received ${received}`,
          expected: "object",
          received,
        }));
        return;
      }
      for (const key of KEYS) take(key, (row as Record<string, unknown>)[key], ["result", i, key]);
    });
  } else if (typeof result === "object" && result !== null) {
    const columns = result as Readonly<Record<string, ResultColumn | undefined>>;
    const n = columns.frequency?.length;
    for (const key of KEYS) {
      const column = columns[key];
      if (column === undefined || typeof column.length !== "number" || column.length !== n) {
        const received = column === undefined ? "undefined" : `a column of length ${String(column.length)}`;
        const expected = `a column of length ${String(n)}`;
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["result", key],
          message: `expected ${expected}, received ${received}`,
          expected,
          received,
        }));
        continue;
      }
      const get =
        "get" in column && typeof column.get === "function"
          ? (i: number) => column.get(i)
          : (i: number) => (column as ArrayLike<unknown>)[i];
      for (let i = 0; i < column.length; i++) take(key, get(i), ["result", key, i]);
    }
  } else {
    const received = describeReceived(result);
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["result"],
      message: `expected rows or columns, received ${received}`,
      expected: "rows or columns",
      received,
    }));
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  if (out.count.length === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no rows`);
  let customers = 0;
  for (const c of out.count) customers += c;
  return { ...out, customers };
}
