/**
 * `clientele/sql`: SQL text that lets a warehouse (DuckDB, PostgreSQL, BigQuery, Snowflake, Spark SQL) build the
 * customer summaries, compress them for fitting and score customers with a fitted model (P(alive), expected
 * purchases, expected spend, lifetime value). Pure functions that return strings: no driver, no runtime
 * dependency. DuckDB and PostgreSQL (through PGlite) execute every query in CI; the BigQuery, Snowflake and
 * Spark SQL text is checked against golden files only.
 *
 * @module sql
 */

export { compressedSummarySql } from "./compressedSummarySql.ts";
export { conditionalExpectedPurchasesSql } from "./conditionalExpectedPurchasesSql.ts";
export { customerLifetimeValueSql, type LifetimeValueSqlInput } from "./customerLifetimeValueSql.ts";
export { expectedAverageSpendSql } from "./expectedAverageSpendSql.ts";
export { parseCompressedRows, type ResultColumn, type VectorLike } from "./parseCompressedRows.ts";
export { probabilityAliveSql, type ScoreSqlOptions, ScoreSqlOptionsSchema } from "./probabilityAliveSql.ts";
export { type SqlDialect, SqlDialectSchema, sqlDialects } from "./SqlDialect.ts";
export {
  type SqlTableName,
  SqlTableNameSchema,
  type SqlTimestampType,
  SqlTimestampTypeSchema,
  type SqlTransactionColumns,
  SqlTransactionColumnsSchema,
} from "./SqlTransactionTable.ts";
export { type SummaryTableColumns, SummaryTableColumnsSchema } from "./SummaryTableColumns.ts";
export { type SummarySqlOptions, SummarySqlOptionsSchema, summarySql } from "./summarySql.ts";
