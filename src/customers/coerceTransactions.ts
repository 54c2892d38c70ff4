import * as z from "zod/mini";
import { collectIssue, createIssueCollector, type IssueCollector } from "../_lib/issueCollector.ts";
import { createWallClock } from "../_lib/wallClock.ts";
import type { CsvTable } from "../csv/CsvTable.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseIsoTimestamp } from "../schema/parseIsoTimestamp.ts";
import { type TimeZone, TimeZoneShapeSchema } from "../time/TimeZoneSchema.ts";
import { createInstantReader } from "./_internal/instantOfWallTime.ts";
import type { TransactionInput } from "./TransactionSchema.ts";

/**
 * The fields of a transaction that {@link coerceTransactions} can fill from a table's columns.
 *
 * @example
 * ```ts
 * import type { TransactionField } from "clientele/customers";
 * const field: TransactionField = "amount";
 * ```
 * @category Customers
 */
export type TransactionField =
  | "customerId"
  | "timestamp"
  | "amount"
  | "cost"
  | "quantity"
  | "productId"
  | "channel"
  | "currency"
  | "transactionId";

/**
 * Options of {@link coerceTransactions}: which column holds which field, and how numbers and
 * timestamps are written. Nothing is guessed: each choice is stated here or takes the default shown.
 *
 * @example
 * ```ts
 * import type { CoerceTransactionsOptions } from "clientele/customers";
 * const options: CoerceTransactionsOptions = {
 *   columns: { customerId: "client", timestamp: "ordered_at", amount: "total" },
 *   timeZone: "Europe/Paris",
 *   decimalSeparator: ",",
 * };
 * ```
 * @category Customers
 */
export interface CoerceTransactionsOptions {
  /** Header name of each field's column, where it differs from the field's name (`{ amount: "total" }`). */
  readonly columns?: Readonly<Partial<Record<TransactionField, string>>> | undefined;
  /**
   * How `timestamp` is written: `"iso"` (default; ISO-8601 dates and date-times), `"epoch-ms"`
   * (integer milliseconds since 1970-01-01T00:00Z) or `"epoch-s"` (seconds, fractions allowed).
   */
  readonly timestampFormat?: "iso" | "epoch-ms" | "epoch-s" | undefined;
  /**
   * Zone of ISO timestamps written **without** an offset (`2024-06-30 14:05:00`, as databases export
   * them, and dates `2024-06-30`): they are read as that zone's wall-clock time. Without it, such a
   * date-time is rejected, and a date is midnight UTC (as everywhere in clientele).
   */
  readonly timeZone?: TimeZone | undefined;
  /** Decimal separator of `amount`, `cost` and `quantity`: `"."` (default) or `","` (then `"1,5"` is 1.5 and `"1.5"` is rejected). */
  readonly decimalSeparator?: "." | "," | undefined;
}

const FIELDS: readonly TransactionField[] = [
  "customerId",
  "timestamp",
  "amount",
  "cost",
  "quantity",
  "productId",
  "channel",
  "currency",
  "transactionId",
];
const REQUIRED: readonly TransactionField[] = ["customerId", "timestamp", "amount"];
const NUMERIC: readonly TransactionField[] = ["amount", "cost", "quantity"];

const ArgsSchema = /* @__PURE__ */ z.object({
  table: /* @__PURE__ */ z.object({
    header: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    rows: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()),
    lines: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.number())),
  }),
  options: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      columns: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.strictObject({
          customerId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          timestamp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          amount: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          cost: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          quantity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          productId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          currency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          transactionId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
        }),
      ),
      timestampFormat: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(["iso", "epoch-ms", "epoch-s"])),
      timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema),
      decimalSeparator: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal([".", ","])),
    }),
  ),
});

const DECIMAL_POINT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE_ONLY = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}$/;
const MAX_MS = 8.64e15;
const POINT_EXPECTED = 'expected a number written with "." as decimal separator (e.g. "-12.5")';
const COMMA_EXPECTED = 'expected a number written with "," as decimal separator (e.g. "-12,5")';

/**
 * Turns a table of strings (from {@link parseCsv}, or any `{ header, rows }`) into transaction rows,
 * converting each value explicitly: numbers from numeric strings, timestamps from ISO-8601 text or
 * declared epoch numbers. Feed the result to `summarizeTransactions`, `createSummaryAccumulator` or
 * `parseTransactions`.
 *
 * @remarks
 * - **Columns.** Each field is read from the column of the same name, or of the name given in
 *   `columns`. `customerId`, `timestamp` and `amount` are required; the optional fields are read when
 *   their column exists. Other columns are ignored. An empty value of an optional field means "absent".
 * - **Numbers** (`amount`, `cost`, `quantity`) must be plain decimal numbers (`12`, `-3.50`, `.5`,
 *   `1e3`), with the `decimalSeparator` (default `"."`): no thousands separators, no spaces, no
 *   currency signs, never `"1,5"` unless `decimalSeparator: ","` says so. Negative amounts pass through
 *   (returns: `summarizeTransactions` decides what they mean with its `returns` option).
 * - **Timestamps**, with `timestampFormat: "iso"` (default): a date-time with an offset
 *   (`2024-06-30T14:05:00Z`, `…+02:00`) is that instant; a date-time without one
 *   (`2024-06-30 14:05:00`) needs `timeZone` and is that wall-clock time there (in the hour repeated
 *   when clocks go back, the earlier instant; a time in the hour skipped when they go forward is an
 *   error); a date (`2024-06-30`) is its first instant in `timeZone`, or midnight UTC without it.
 *   With `"epoch-ms"` or `"epoch-s"`, numbers since 1970-01-01T00:00Z (milliseconds must be integers;
 *   seconds are rounded to the millisecond).
 * - **Ids and labels** are kept as written (a `customerId` of `"0042"` stays `"0042"`); `customerId`
 *   must not be empty. Other checks (currency codes, `quantity > 0`, …) are those of
 *   `TransactionSchema`, made by whatever reads the result, with the same row numbers.
 *
 * Runs in O(cells); never mutates `table`.
 *
 * @param table - `{ header, rows }` of strings, as {@link parseCsv} returns (its `lines` are quoted in messages).
 * @param options - `columns`, `timestampFormat`, `timeZone`, `decimalSeparator`.
 * @returns One transaction per row, in order (`timestamp` a `Date`, numbers as numbers).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad table or option, a missing column
 *   (at `options.columns.<field>` or `table.header`), or a value that does not convert (at
 *   `table.rows[i].<column>`, with the text line when known; the first 10,000 problems kept, all counted).
 * @example
 * ```ts
 * import { parseCsv } from "clientele/csv";
 * import { coerceTransactions } from "clientele/customers";
 * const table = parseCsv("client;ordered_at;total\n0042;2024-06-30 14:05:00;12,50\n0042;2024-07-02 09:00:00;-2,50\n", {
 *   delimiter: ";",
 * });
 * const rows = coerceTransactions(table, {
 *   columns: { customerId: "client", timestamp: "ordered_at", amount: "total" },
 *   timeZone: "Europe/Paris",
 *   decimalSeparator: ",",
 * });
 * rows[0]; // => { customerId: "0042", timestamp: new Date("2024-06-30T12:05:00Z"), amount: 12.5 }
 * rows[1]?.amount; // => -2.5
 * ```
 * @category Customers
 */
export function coerceTransactions(
  table: Pick<CsvTable, "header" | "rows"> & { readonly lines?: CsvTable["lines"] | undefined },
  options?: CoerceTransactionsOptions | undefined,
): TransactionInput[] {
  const fn = "coerceTransactions";
  const args = parseInput(fn, ArgsSchema, { table, options });
  const o = args.options ?? {};
  const { header, rows, lines } = args.table;
  const format = o.timestampFormat ?? "iso";
  const comma = o.decimalSeparator === ",";
  const instantOf =
    o.timeZone === undefined
      ? undefined
      : createInstantReader(createWallClock(fn, o.timeZone, ["options", "timeZone"]));
  const issues = createIssueCollector();

  // Column of each field.
  const at = new Map<TransactionField, number>();
  for (const field of FIELDS) {
    const name = o.columns?.[field] ?? field;
    const k = header.indexOf(name);
    if (k >= 0) at.set(field, k);
    else if (o.columns?.[field] !== undefined || REQUIRED.includes(field)) {
      const shown = header.length <= 20 ? header.map((h) => JSON.stringify(h)).join(", ") : `${header.length} columns`;
      const mapped = o.columns?.[field] !== undefined;
      collectIssue(issues, () => ({
        code: "custom",
        path: mapped ? ["options", "columns", field] : ["table", "header"],
        message: `expected a column ${JSON.stringify(name)} for ${field}${mapped ? "" : ` (name another with options.columns.${field})`}, received the columns ${shown || "(none)"}`,
        expected: `a column ${JSON.stringify(name)}`,
      }));
    }
  }
  if (issues.count > 0) throw failure(fn, issues);

  const columns = [...at.entries()];
  const out: TransactionInput[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const line = lines?.[i];
    if (!Array.isArray(row) || row.length !== header.length) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["table", "rows", i],
        message: `expected an array of ${header.length} strings as in the header, received ${Array.isArray(row) ? `${row.length} values` : typeof row}${where(line)}`,
      }));
      continue;
    }
    const record: Record<string, unknown> = {};
    let ok = true;
    for (let c = 0; c < columns.length; c++) {
      const field = columns[c]![0];
      const k = columns[c]![1];
      const text: unknown = row[k];
      let problem: string | undefined;
      if (typeof text !== "string") {
        problem = "expected a string";
      } else if (text === "") {
        if (REQUIRED.includes(field)) problem = `expected a value for ${field}`;
      } else if (field === "timestamp") {
        const ms = format === "iso" ? isoMs(text, instantOf) : epochMs(text, format === "epoch-s");
        if (typeof ms === "string") problem = ms;
        else record.timestamp = new Date(ms);
      } else if (NUMERIC.includes(field)) {
        const value = decimal(text, comma);
        if (value === undefined) problem = comma ? COMMA_EXPECTED : POINT_EXPECTED;
        else record[field] = value;
      } else {
        record[field] = text;
      }
      if (problem !== undefined) {
        ok = false;
        const message = problem;
        collectIssue(issues, () => ({
          code: "custom",
          path: ["table", "rows", i, header[k]!],
          message: `${message}, received ${typeof text === "string" ? quote(text) : typeof text}${where(line)}`,
          ...(typeof text === "string" ? { received: text.length <= 42 ? text : "string" } : {}),
        }));
      }
    }
    if (ok) out[i] = record as unknown as TransactionInput;
  }
  if (issues.count > 0) throw failure(fn, issues);
  return out;
}

/** A plain decimal number, or `undefined`. */
function decimal(text: string, comma: boolean): number | undefined {
  if (!(comma ? DECIMAL_COMMA : DECIMAL_POINT).test(text)) return undefined;
  const value = Number(comma ? text.replace(",", ".") : text);
  return Number.isFinite(value) ? value : undefined;
}

/** Epoch milliseconds of an ISO timestamp, or the reason it is not one. */
function isoMs(text: string, instantOf: ((wallMs: number) => number | undefined) | undefined): number | string {
  if (DATE_ONLY.test(text)) {
    const midnight = parseIsoTimestamp(text);
    if (midnight === undefined) return "expected a real calendar date";
    if (instantOf === undefined) return midnight.getTime();
    return instantOf(midnight.getTime()) ?? "expected a date whose midnight exists in timeZone";
  }
  const instant = parseIsoTimestamp(text);
  if (instant !== undefined) return instant.getTime();
  const wall = parseIsoTimestamp(`${text}Z`);
  if (wall === undefined) return "expected an ISO-8601 date or date-time (2024-06-30, 2024-06-30T14:05:00+02:00)";
  if (instantOf === undefined) return "expected a date-time with an offset, or options.timeZone for times without one";
  return (
    instantOf(wall.getTime()) ?? "expected a wall-clock time that exists in timeZone (not in a daylight-saving gap)"
  );
}

/** Epoch milliseconds of an epoch number, or the reason it is not one. */
function epochMs(text: string, seconds: boolean): number | string {
  const ok = seconds ? DECIMAL_POINT.test(text) : INTEGER.test(text);
  const ms = ok ? (seconds ? Math.round(Number(text) * 1000) : Number(text)) : Number.NaN;
  if (!(Math.abs(ms) <= MAX_MS)) {
    return seconds
      ? "expected seconds since 1970-01-01T00:00Z (a number within ±8.64e12)"
      : "expected integer milliseconds since 1970-01-01T00:00Z (within ±8.64e15)";
  }
  return ms + 0;
}

function quote(text: string): string {
  return text.length <= 42 ? JSON.stringify(text) : `a string of ${text.length} characters`;
}

function where(line: number | undefined): string {
  return line === undefined ? "" : ` (line ${line})`;
}

function failure(fn: string, issues: IssueCollector): ClienteleInputError {
  return new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
}
