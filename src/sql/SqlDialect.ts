import * as z from "zod/mini";

/**
 * The SQL dialects `clientele/sql` writes: `"duckdb"`, `"postgres"` (executed in CI on DuckDB and on
 * PostgreSQL through PGlite), and `"bigquery"`, `"snowflake"`, `"spark"` (text checked against golden
 * files, not executed here).
 *
 * @example
 * ```ts
 * import type { SqlDialect } from "clientele/sql";
 * const dialect: SqlDialect = "duckdb";
 * dialect; // => "duckdb"
 * ```
 * @category SQL
 */
export type SqlDialect = "duckdb" | "postgres" | "bigquery" | "snowflake" | "spark";

/**
 * Every {@link SqlDialect}, in a fixed order.
 *
 * @example
 * ```ts
 * import { sqlDialects } from "clientele/sql";
 * sqlDialects.length; // => 5
 * ```
 * @category SQL
 */
export const sqlDialects: readonly SqlDialect[] = ["duckdb", "postgres", "bigquery", "snowflake", "spark"];

/**
 * Validates a {@link SqlDialect}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SqlDialectSchema } from "clientele/sql";
 * parseInput("f", SqlDialectSchema, "postgres"); // => "postgres"
 * ```
 * @category SQL
 */
export const SqlDialectSchema = /* @__PURE__ */ z.literal(["duckdb", "postgres", "bigquery", "snowflake", "spark"]);
