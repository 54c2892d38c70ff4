import type { SqlDialect } from "../SqlDialect.ts";
import type { SqlTimestampType } from "../SqlTransactionTable.ts";
import { hasControlCharacter } from "./quoteName.ts";

/**
 * What a dialect spells differently; every piece takes already-quoted or already-rendered SQL.
 *
 * @internal
 */
export interface DialectSql {
  /** Type of a double-precision number. */
  readonly double: string;
  /** Type of a 32-bit-or-wider integer. */
  readonly integer: string;
  /** Type of a string. */
  readonly text: string;
  /**
   * `"MATERIALIZED "` where a CTE can be asked to be computed once (DuckDB, PostgreSQL), else `""`: the
   * summary's purchases are read twice, and DuckDB would otherwise aggregate the log twice.
   */
  readonly materialized: string;
  /** Days from 1970-01-01 to the DATE expression `d` (an integer). */
  dayNumber(d: string): string;
  /**
   * The civil DATE of the timestamp expression `ts` in a time zone.
   *
   * @param ts - The column, quoted.
   * @param kind - How it is stored.
   * @param zone - `undefined` for UTC, a fixed offset in minutes east of UTC, or a rendered IANA name literal.
   */
  civilDate(ts: string, kind: SqlTimestampType, zone: number | string | undefined): string;
}

/** DuckDB and PostgreSQL share the SQL-standard `AT TIME ZONE` (DuckDB through its ICU extension). */
function standardCivilDate(ts: string, kind: SqlTimestampType, zone: number | string | undefined): string {
  if (kind === "date") return `CAST(${ts} AS DATE)`;
  // An instant as a UTC wall clock (timestamp without zone).
  const utc = kind === "timestamptz" ? `(${ts} AT TIME ZONE 'UTC')` : ts;
  if (zone === undefined) return `CAST(${utc} AS DATE)`;
  if (typeof zone === "number") return `CAST(${utc} + INTERVAL '${zone} minutes' AS DATE)`;
  const instant = kind === "timestamptz" ? ts : `(${ts} AT TIME ZONE 'UTC')`;
  return `CAST((${instant} AT TIME ZONE ${zone}) AS DATE)`;
}

const DIALECTS: Readonly<Record<SqlDialect, DialectSql>> = {
  duckdb: {
    materialized: "MATERIALIZED ",
    double: "DOUBLE",
    integer: "INTEGER",
    text: "VARCHAR",
    dayNumber: (d) => `date_diff('day', DATE '1970-01-01', ${d})`,
    civilDate: standardCivilDate,
  },
  postgres: {
    materialized: "MATERIALIZED ",
    double: "DOUBLE PRECISION",
    integer: "INTEGER",
    text: "TEXT",
    dayNumber: (d) => `(${d} - DATE '1970-01-01')`,
    civilDate: standardCivilDate,
  },
  bigquery: {
    materialized: "",
    double: "FLOAT64",
    integer: "INT64",
    text: "STRING",
    dayNumber: (d) => `DATE_DIFF(${d}, DATE '1970-01-01', DAY)`,
    civilDate(ts, kind, zone) {
      if (kind === "date") return `CAST(${ts} AS DATE)`;
      const instant = kind === "timestamptz" ? ts : `TIMESTAMP(${ts}, 'UTC')`;
      if (zone === undefined) return `DATE(${instant}, 'UTC')`;
      if (typeof zone === "number") return `DATE(DATETIME_ADD(DATETIME(${instant}, 'UTC'), INTERVAL ${zone} MINUTE))`;
      return `DATE(${instant}, ${zone})`;
    },
  },
  snowflake: {
    materialized: "",
    double: "DOUBLE",
    integer: "INTEGER",
    text: "VARCHAR",
    dayNumber: (d) => `DATEDIFF(day, DATE '1970-01-01', ${d})`,
    civilDate(ts, kind, zone) {
      if (kind === "date") return `CAST(${ts} AS DATE)`;
      const utc = kind === "timestamptz" ? `CAST(CONVERT_TIMEZONE('UTC', ${ts}) AS TIMESTAMP_NTZ)` : ts;
      if (zone === undefined) return `CAST(${utc} AS DATE)`;
      if (typeof zone === "number") return `CAST(DATEADD(minute, ${zone}, ${utc}) AS DATE)`;
      return `CAST(CONVERT_TIMEZONE('UTC', ${zone}, ${utc}) AS DATE)`;
    },
  },
  spark: {
    materialized: "",
    double: "DOUBLE",
    integer: "INT",
    text: "STRING",
    dayNumber: (d) => `datediff(${d}, DATE '1970-01-01')`,
    // Spark's TIMESTAMP is read in the session time zone; the text assumes spark.sql.session.timeZone = UTC.
    civilDate(ts, kind, zone) {
      if (kind === "date") return `CAST(${ts} AS DATE)`;
      if (zone === undefined) return `to_date(${ts})`;
      if (typeof zone === "number") return `to_date(timestampadd(MINUTE, ${zone}, ${ts}))`;
      return `to_date(from_utc_timestamp(${ts}, ${zone}))`;
    },
  },
};

/**
 * The spelling of `dialect`.
 *
 * @param dialect - A validated dialect.
 * @returns Its record.
 * @internal
 */
export function dialectSql(dialect: SqlDialect): DialectSql {
  return DIALECTS[dialect];
}

/**
 * A string literal for `dialect` from a value already validated to hold no quote, backslash or control
 * character (an IANA time zone name): the escaping is a second guard, never the first.
 *
 * @param value - The validated text.
 * @returns The literal.
 * @internal
 */
export function stringLiteral(value: string): string {
  if (hasControlCharacter(value) || /['\\]/.test(value)) throw new TypeError("stringLiteral: unvalidated text");
  return `'${value}'`;
}

/**
 * A numeric literal of type double from a finite number: the shortest decimal that round-trips
 * (`String(x)`), cast so every dialect reads it as a double, not as an exact decimal.
 *
 * @param dialect - The dialect.
 * @param value - A finite number.
 * @returns The literal.
 * @internal
 */
export function doubleLiteral(dialect: SqlDialect, value: number): string {
  if (!Number.isFinite(value)) throw new TypeError("doubleLiteral: non-finite number");
  return `CAST(${String(value)} AS ${DIALECTS[dialect].double})`;
}

/**
 * An integer literal from a safe integer.
 *
 * @param value - A safe integer.
 * @returns Its decimal text.
 * @internal
 */
export function integerLiteral(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError("integerLiteral: not a safe integer");
  return String(value);
}
