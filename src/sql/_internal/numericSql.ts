import type { SqlDialect } from "../SqlDialect.ts";
import { dialectSql, doubleLiteral, integerLiteral } from "./dialectSql.ts";

// Numerics that SQL dialects lack or spell differently, written from the five dialects' common core (ln, exp,
// ABS, GREATEST, CASE, FLOOR). Every argument is an already-quoted column or a short expression of columns:
// each helper repeats its argument in the text, so callers name intermediate values in a subquery first.
// PostgreSQL raises an error where IEEE arithmetic would underflow (exp(-800)) and DuckDB and PostgreSQL both
// raise on ln(0): the helpers never evaluate either, whichever CASE branch an engine evaluates eagerly.

/** Below this |u|, ln(1 + u) and e^u − 1 are taken from their Taylor series (7 terms: next term < 1e-22 relative). */
const SMALL = 1e-3;

/**
 * ln(1 + u) with full relative accuracy for small |u| (the SQL `ln(1 + u)` loses ε/|u| there): the
 * 7-term Taylor polynomial for |u| < 10⁻³ (truncation below 10⁻²² relative), `ln(1 + u)` above, where
 * its relative error is at most ε/10⁻³ ≈ 2·10⁻¹³ and vanishes as |u| grows.
 *
 * @param dialect - The dialect.
 * @param u - Expression > −1 (repeated in the text).
 * @returns The expression.
 * @internal
 */
export function log1pSql(dialect: SqlDialect, u: string): string {
  const n = (v: number) => doubleLiteral(dialect, v);
  const series = `${u} * (${n(1)} + ${u} * (${n(-1 / 2)} + ${u} * (${n(1 / 3)} + ${u} * (${n(-1 / 4)} + ${u} * (${n(1 / 5)} + ${u} * (${n(-1 / 6)} + ${u} * ${n(1 / 7)}))))))`;
  return `(CASE WHEN ABS(${u}) < ${n(SMALL)} THEN ${series} ELSE ln(GREATEST(${n(1)} + ${u}, ${n(Number.MIN_VALUE)})) END)`;
}

/**
 * e^v − 1 with full relative accuracy for small |v|: the 7-term Taylor polynomial for |v| < 10⁻³, `exp(v) − 1`
 * above (relative error at most ε/10⁻³). `v` must be ≤ 709 (no overflow); below −745 it gives −1.
 *
 * @param dialect - The dialect.
 * @param v - Expression (repeated in the text).
 * @returns The expression.
 * @internal
 */
export function expm1Sql(dialect: SqlDialect, v: string): string {
  const n = (x: number) => doubleLiteral(dialect, x);
  const series = `${v} * (${n(1)} + ${v} * (${n(1 / 2)} + ${v} * (${n(1 / 6)} + ${v} * (${n(1 / 24)} + ${v} * (${n(1 / 120)} + ${v} * (${n(1 / 720)} + ${v} * ${n(1 / 5040)}))))))`;
  return `(CASE WHEN ABS(${v}) < ${n(SMALL)} THEN ${series} ELSE ${expSql(dialect, v)} - ${n(1)} END)`;
}

/**
 * e^v, 0 below v = −745 (where the double underflows; PostgreSQL would raise an error instead).
 *
 * @param dialect - The dialect.
 * @param v - Expression ≤ 709 (repeated in the text).
 * @returns The expression.
 * @internal
 */
export function expSql(dialect: SqlDialect, v: string): string {
  return `(CASE WHEN ${v} < -745 THEN ${doubleLiteral(dialect, 0)} ELSE exp(GREATEST(${v}, ${doubleLiteral(dialect, -745)})) END)`;
}

/**
 * The logistic 1/(1 + e^d) of a log-odds d, in the branch that cannot overflow, and 0 beyond d = 745.
 *
 * @param dialect - The dialect.
 * @param d - Expression (repeated in the text).
 * @returns The expression, over several lines indented by two spaces.
 * @internal
 */
export function logisticSql(dialect: SqlDialect, d: string): string {
  const double = dialectSql(dialect).double;
  return [
    "CASE",
    `    WHEN ${d} > 745 THEN CAST(0 AS ${double})`,
    `    WHEN ${d} > 0 THEN exp(-${d}) / (1 + exp(-${d}))`,
    `    ELSE 1 / (1 + exp(GREATEST(${d}, -745)))`,
    "  END",
  ].join("\n");
}

/**
 * A relation of one integer column `name` holding 0, 1, …, count − 1, per dialect.
 *
 * @param dialect - The dialect.
 * @param name - The column, quoted.
 * @param count - Number of rows, a safe integer ≥ 1.
 * @returns A SELECT statement.
 * @internal
 */
export function integersSql(dialect: SqlDialect, name: string, count: number): string {
  const n = integerLiteral(count);
  const last = integerLiteral(count - 1);
  switch (dialect) {
    case "duckdb":
      return `SELECT CAST(i AS INTEGER) AS ${name} FROM range(${n}) AS t(i)`;
    case "postgres":
      return `SELECT i AS ${name} FROM generate_series(0, ${last}) AS t(i)`;
    case "bigquery":
      return `SELECT i AS ${name} FROM UNNEST(GENERATE_ARRAY(0, ${last})) AS i`;
    case "snowflake":
      return `SELECT CAST(ROW_NUMBER() OVER (ORDER BY SEQ4()) - 1 AS INTEGER) AS ${name} FROM TABLE(GENERATOR(ROWCOUNT => ${n}))`;
    case "spark":
      return `SELECT CAST(id AS INT) AS ${name} FROM range(0, ${n})`;
  }
}
