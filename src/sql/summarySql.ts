import * as z from "zod/mini";
import { daysFromCivil, parseCivilDate } from "../_lib/civilCalendar.ts";
import { throwInvalidValue } from "../_lib/invalidValue.ts";
import { parseFixedOffset } from "../_lib/wallClock.ts";
import {
  type SummarizeTransactionsOptions,
  SummarizeTransactionsOptionsSchema,
} from "../rfm/SummarizeTransactionsOptions.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseIsoTimestamp } from "../schema/parseIsoTimestamp.ts";
import type { CalendarBound } from "../time/CalendarBoundSchema.ts";
import { civilDate } from "../time/civilDate.ts";
import { dialectSql, integerLiteral, stringLiteral } from "./_internal/dialectSql.ts";
import { quoteName, quoteTable } from "./_internal/quoteName.ts";
import { type SqlDialect, SqlDialectSchema } from "./SqlDialect.ts";
import {
  type SqlTableName,
  SqlTableNameSchema,
  type SqlTimestampType,
  SqlTimestampTypeSchema,
  type SqlTransactionColumns,
  SqlTransactionColumnsSchema,
} from "./SqlTransactionTable.ts";

/**
 * Options of {@link summarySql}: those of `summarizeTransactions` (one spelling, one schema), plus where
 * the transactions are.
 *
 * @example
 * ```ts
 * import type { SummarySqlOptions } from "clientele/sql";
 * const options: SummarySqlOptions = {
 *   dialect: "duckdb",
 *   table: "sales.orders",
 *   columns: { customerId: "customer_id", timestamp: "ordered_on", amount: "total" },
 *   timestampType: "date",
 *   unit: "week",
 *   observationEnd: "1998-06-30",
 *   returns: "drop",
 * };
 * options.unit; // => "week"
 * ```
 * @category SQL
 */
export interface SummarySqlOptions extends SummarizeTransactionsOptions {
  /** The dialect to write. */
  readonly dialect: SqlDialect;
  /** The transaction table (see {@link SqlTableName}). */
  readonly table: SqlTableName;
  /** Its columns (see {@link SqlTransactionColumns}). */
  readonly columns: SqlTransactionColumns;
  /** How the timestamp column is stored (see {@link SqlTimestampType}). */
  readonly timestampType: SqlTimestampType;
}

/**
 * Validates {@link SummarySqlOptions}: `SummarizeTransactionsOptionsSchema` extended by `dialect`,
 * `table`, `columns` and `timestampType`.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SummarySqlOptionsSchema } from "clientele/sql";
 * const options = parseInput("f", SummarySqlOptionsSchema, {
 *   dialect: "postgres",
 *   table: "orders",
 *   columns: { customerId: "id", timestamp: "day", amount: "total" },
 *   timestampType: "date",
 *   unit: "day",
 *   observationEnd: "1998-06-30",
 *   returns: "drop",
 * });
 * options.dialect; // => "postgres"
 * ```
 * @category SQL
 */
export const SummarySqlOptionsSchema = /* @__PURE__ */ z.extend(SummarizeTransactionsOptionsSchema, {
  /** The dialect to write. */
  dialect: SqlDialectSchema,
  /** The transaction table. */
  table: SqlTableNameSchema,
  /** Its columns. */
  columns: SqlTransactionColumnsSchema,
  /** How the timestamp column is stored. */
  timestampType: SqlTimestampTypeSchema,
});

/**
 * Writes one SQL query that summarises a transaction table per customer exactly as
 * `summarizeTransactions` does: its result has one row per customer with the columns of
 * `summarizeTransactions`' rows (`customerId`, `frequency`, `recency`, `T`, `monetaryValue`, and with a
 * `calibrationEnd` also `holdoutFrequency`, `holdoutMonetaryValue`, `holdoutDuration`), so a warehouse
 * summarises hundreds of millions of rows and Node reads only the summaries (or, through
 * {@link compressedSummarySql}, only the distinct triples).
 *
 * @remarks
 * Same conventions as `summarizeTransactions` (see its documentation): purchases on their civil date in
 * `timeZone`, times in whole days (`"day"`, or `"week"` = days / 7), same-day purchases merged unless
 * `mergeSameDay: false` (then the first purchase is the row with the earliest date, then instant, then
 * smallest amount), calibration up to and including `calibrationEnd`, holdout up to and including
 * `observationEnd`, rows after `observationEnd` left out, customers whose first purchase is after the
 * calibration end left out, `monetaryValue` the mean value of the repeat purchases (0 for one-time
 * buyers). `customerId` comes out as a string; counts as integers; times and values as doubles; rows
 * are ordered by `customerId` as the warehouse orders strings (not the numeric-first order of
 * `summarizeTransactions`).
 *
 * What a query cannot do is refused rather than approximated: `unit` `"month"`, `"quarter"`, `"year"`
 * (calendar months with a fraction, not yet written in SQL), `convertCurrency`,
 * `rowsAfterObservationEnd: "throw"` and the default `returns: "reject"` (a query cannot fail portably
 * on a negative amount): state `returns: "drop"` (negative amounts left out) or `"net"` (netted against
 * the customer's same day; a day with a return whose net value is ≤ 0 is no purchase). Rows whose
 * customer id, timestamp or amount is NULL are not purchases (SQL's aggregates skip them): check the
 * table for NULLs first if they may occur.
 *
 * Every name is validated and quoted for the dialect (a name with a quote, a semicolon or a comment
 * marker stays a name); dates, time zones and numbers are rendered from validated values only.
 *
 * @param options - See {@link SummarySqlOptions}.
 * @returns The query, without a trailing semicolon (so it can be wrapped as a subquery).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option, a bad or too long name, a
 *   calibration end after the observation end, or an option the SQL does not support (at its path).
 * @example
 * ```ts
 * import { summarySql } from "clientele/sql";
 * const sql = summarySql({
 *   dialect: "duckdb",
 *   table: "orders",
 *   columns: { customerId: "customer id", timestamp: "day", amount: "total" },
 *   timestampType: "date",
 *   unit: "week",
 *   observationEnd: "1998-06-30",
 *   returns: "drop",
 * });
 * sql.includes('CAST("customer id" AS VARCHAR)'); // => true
 * ```
 * @category SQL
 */
export function summarySql(options: SummarySqlOptions): string {
  return buildSummarySql("summarySql", options, true);
}

/**
 * The query of {@link summarySql}, ordered by customer id or not (a compression needs no order).
 *
 * @param fn - Public function name for errors.
 * @param options - As {@link summarySql} takes them (untrusted).
 * @param ordered - Whether to end with `ORDER BY "customerId"`.
 * @returns The query.
 * @throws As {@link summarySql}.
 * @internal
 */
export function buildSummarySql(fn: string, options: SummarySqlOptions, ordered: boolean): string {
  const o = parseInput(fn, SummarySqlOptionsSchema, options, ["options"]);
  const at = (...path: string[]) => ["options", ...path];
  if (o.unit !== "day" && o.unit !== "week") {
    refuse(
      fn,
      at("unit"),
      `"day" or "week" (calendar-month units are not yet supported in SQL)`,
      JSON.stringify(o.unit),
    );
  }
  if (o.convertCurrency !== undefined) {
    refuse(fn, at("convertCurrency"), "no currency conversion (not yet supported in SQL)", "a conversion");
  }
  if (o.rowsAfterObservationEnd === "throw") {
    refuse(fn, at("rowsAfterObservationEnd"), `"exclude" (a query cannot fail portably)`, `"throw"`);
  }
  const returns = o.returns ?? "reject";
  if (returns === "reject") {
    refuse(fn, at("returns"), `"drop" or "net" (a query cannot reject negative amounts portably)`, `"reject"`);
  }
  const d = o.dialect;
  const sql = dialectSql(d);
  const table = quoteTable(fn, at("table"), d, o.table);
  const id = quoteName(fn, at("columns", "customerId"), d, o.columns.customerId);
  const ts = quoteName(fn, at("columns", "timestamp"), d, o.columns.timestamp);
  const amount = quoteName(fn, at("columns", "amount"), d, o.columns.amount);
  const zone = renderZone(o.timeZone);
  const obsEnd = boundDay(o.observationEnd, o.timeZone);
  const calEnd = o.calibrationEnd === undefined ? obsEnd : boundDay(o.calibrationEnd, o.timeZone);
  if (calEnd > obsEnd) {
    refuse(fn, at("calibrationEnd"), "a calibration end on or before the observation end", "a later date");
  }
  const q = (name: string) => quoteName(fn, [], d, name);
  const obs = integerLiteral(obsEnd);
  const cal = integerLiteral(calEnd);
  const span = (days: string) =>
    o.unit === "week" ? `CAST(${days} AS ${sql.double}) / 7` : `CAST(${days} AS ${sql.double})`;
  const merge = returns === "net" || o.mergeSameDay !== false;
  const keepRows = returns === "drop" ? ` AND ${q("amount")} >= 0` : "";
  const purchases = merge
    ? [
        `SELECT ${q("id")}, ${q("day")}, SUM(${q("amount")}) AS ${q("value")}`,
        `  FROM src`,
        `  WHERE ${q("day")} <= ${obs}${keepRows}`,
        `  GROUP BY ${q("id")}, ${q("day")}`,
        ...(returns === "net" ? [`  HAVING NOT (MIN(${q("amount")}) < 0 AND SUM(${q("amount")}) <= 0)`] : []),
      ]
    : [
        `SELECT ${q("id")}, ${q("day")}, ${q("instant")}, ${q("amount")} AS ${q("value")}`,
        `  FROM src`,
        `  WHERE ${q("day")} <= ${obs}${keepRows}`,
      ];
  const order = `${q("day")}, ${q("instant")}, ${q("value")}`;
  const repeat = merge ? `${q("day")} > ${q("first")}` : `${q("rank")} > 1`;
  const hasHoldout = o.calibrationEnd !== undefined;
  const lines = [
    "WITH src AS (",
    `  SELECT ${id} AS ${q("id")},`,
    `    ${sql.dayNumber(sql.civilDate(ts, o.timestampType, zone))} AS ${q("day")},`,
    `    ${ts} AS ${q("instant")},`,
    `    CAST(${amount} AS ${sql.double}) AS ${q("amount")}`,
    `  FROM ${table}`,
    `), purchases AS ${sql.materialized}(`,
    ...purchases.map((line) => `  ${line}`),
    "), ranked AS (",
    `  SELECT ${q("id")}, ${q("day")}, ${q("value")},`,
    // Merged, a purchase is a repeat purchase when its day is after the first (no sort needed).
    ...(merge ? [] : [`    ROW_NUMBER() OVER (PARTITION BY ${q("id")} ORDER BY ${order}) AS ${q("rank")},`]),
    `    MIN(${q("day")}) OVER (PARTITION BY ${q("id")}) AS ${q("first")}`,
    "  FROM purchases",
    "), customers AS (",
    `  SELECT ${q("id")}, MIN(${q("first")}) AS ${q("first")},`,
    `    SUM(CASE WHEN ${q("day")} <= ${cal} THEN 1 ELSE 0 END) AS ${q("calibrationPurchases")},`,
    `    MAX(CASE WHEN ${q("day")} <= ${cal} THEN ${q("day")} END) AS ${q("lastCalibrationDay")},`,
    `    SUM(CASE WHEN ${q("day")} <= ${cal} AND ${repeat} THEN ${q("value")} ELSE 0 END) AS ${q("repeatValue")},`,
    `    SUM(CASE WHEN ${q("day")} > ${cal} THEN 1 ELSE 0 END) AS ${q("holdoutPurchases")},`,
    `    SUM(CASE WHEN ${q("day")} > ${cal} THEN ${q("value")} ELSE 0 END) AS ${q("holdoutValue")}`,
    "  FROM ranked",
    `  GROUP BY ${q("id")}`,
    ")",
    `SELECT CAST(${q("id")} AS ${sql.text}) AS ${q("customerId")},`,
    `  CAST(${q("calibrationPurchases")} - 1 AS ${sql.integer}) AS ${q("frequency")},`,
    `  ${span(`${q("lastCalibrationDay")} - ${q("first")}`)} AS ${q("recency")},`,
    `  ${span(`${cal} - ${q("first")}`)} AS ${q("T")},`,
    `  ${meanOf(sql.double, q("repeatValue"), `${q("calibrationPurchases")} - 1`)} AS ${q("monetaryValue")}${hasHoldout ? "," : ""}`,
    ...(hasHoldout
      ? [
          `  CAST(${q("holdoutPurchases")} AS ${sql.integer}) AS ${q("holdoutFrequency")},`,
          `  ${meanOf(sql.double, q("holdoutValue"), q("holdoutPurchases"))} AS ${q("holdoutMonetaryValue")},`,
          `  ${span(integerLiteral(obsEnd - calEnd))} AS ${q("holdoutDuration")}`,
        ]
      : []),
    "FROM customers",
    `WHERE ${q("first")} <= ${cal}`,
    ...(ordered ? [`ORDER BY ${q("customerId")}`] : []),
  ];
  return lines.join("\n");
}

/** `max(0, total) / count`, 0 when `count` is 0 (the library's mean of purchase values). */
function meanOf(double: string, total: string, count: string): string {
  return `CASE WHEN ${count} > 0 THEN GREATEST(CAST(0 AS ${double}), ${total}) / (${count}) ELSE CAST(0 AS ${double}) END`;
}

/** Throws `invalid_input` for an option the SQL path does not support. */
function refuse(fn: string, path: readonly string[], expected: string, received: string): never {
  return throwInvalidValue(fn, path, `expected ${expected}, received ${received}`, expected, received);
}

/** The zone for `DialectSql.civilDate`: undefined (UTC), minutes east of UTC, or a validated IANA name literal. */
function renderZone(timeZone: string | undefined): number | string | undefined {
  if (timeZone === undefined || timeZone === "UTC") return undefined;
  const offset = parseFixedOffset(timeZone);
  if (offset !== undefined) return offset === 0 ? undefined : offset;
  return stringLiteral(timeZone);
}

/** Days from 1970-01-01 of a validated bound's civil date in `timeZone` (a date string is that date). */
function boundDay(bound: CalendarBound, timeZone: string | undefined): number {
  const civil = typeof bound === "string" ? parseCivilDate(bound) : undefined;
  if (civil !== undefined) return daysFromCivil(civil);
  // A string that is not a date is a date-time with an offset (validated by CalendarBoundSchema).
  const instant = typeof bound === "string" ? parseIsoTimestamp(bound)! : bound;
  return daysFromCivil(parseCivilDate(civilDate(instant, timeZone))!);
}
