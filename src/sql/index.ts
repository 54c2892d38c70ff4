/**
 * `clientele/sql`: SQL text that lets a warehouse (DuckDB, PostgreSQL, BigQuery, Snowflake, Spark SQL) build the
 * customer summaries, compress them for fitting and score customers with a fitted model.
 *
 * @module sql
 */

export {};
