import * as z from "zod/mini";

/**
 * A table name: `"orders"`, `"sales.orders"` or `"project.dataset.orders"` (split at each `.`), or its
 * parts as an array when a part itself contains a dot (`["sales", "orders.2024"]`). Every part is
 * validated and quoted for the dialect, never pasted into the SQL as it is.
 *
 * @example
 * ```ts
 * import type { SqlTableName } from "clientele/sql";
 * const table: SqlTableName = ["sales", "orders.2024"];
 * table.length; // => 2
 * ```
 * @category SQL
 */
export type SqlTableName = string | readonly string[];

/**
 * How the timestamp column is stored: `"date"` (a calendar date, taken as the purchase's civil date
 * whatever `timeZone` says, as a `"YYYY-MM-DD"` string is by `summarizeTransactions`), `"timestamp"`
 * (a date-time without zone, read as UTC) or `"timestamptz"` (an instant: TIMESTAMPTZ in DuckDB and
 * PostgreSQL, TIMESTAMP in BigQuery, TIMESTAMP_TZ/LTZ in Snowflake). Required: the generated SQL never
 * guesses a time zone conversion.
 *
 * @example
 * ```ts
 * import type { SqlTimestampType } from "clientele/sql";
 * const kind: SqlTimestampType = "date";
 * kind; // => "date"
 * ```
 * @category SQL
 */
export type SqlTimestampType = "date" | "timestamp" | "timestamptz";

/**
 * The columns of a transaction table: which column holds the customer id, the purchase's timestamp
 * and its amount (the names of the table, validated and quoted for the dialect).
 *
 * @example
 * ```ts
 * import type { SqlTransactionColumns } from "clientele/sql";
 * const columns: SqlTransactionColumns = { customerId: "customer_id", timestamp: "ordered_at", amount: "total" };
 * columns.amount; // => "total"
 * ```
 * @category SQL
 */
export interface SqlTransactionColumns {
  /** Column of the customer id (any type; the result casts it to a string). */
  readonly customerId: string;
  /** Column of the purchase's date or timestamp (see {@link SqlTimestampType}). */
  readonly timestamp: string;
  /** Column of the amount (any numeric type; read as a double). */
  readonly amount: string;
}

/**
 * Validates {@link SqlTransactionColumns} (the names themselves are checked by the SQL builders, which
 * know the dialect).
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SqlTransactionColumnsSchema } from "clientele/sql";
 * parseInput("f", SqlTransactionColumnsSchema, { customerId: "id", timestamp: "ts", amount: "amt" }).amount;
 * // => "amt"
 * ```
 * @category SQL
 */
export const SqlTransactionColumnsSchema = /* @__PURE__ */ z.strictObject({
  /** Column of the customer id. */
  customerId: /* @__PURE__ */ z.string(),
  /** Column of the timestamp. */
  timestamp: /* @__PURE__ */ z.string(),
  /** Column of the amount. */
  amount: /* @__PURE__ */ z.string(),
});

/**
 * Validates a {@link SqlTableName}'s shape (the parts are checked by the SQL builders).
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SqlTableNameSchema } from "clientele/sql";
 * parseInput("f", SqlTableNameSchema, "sales.orders"); // => "sales.orders"
 * ```
 * @category SQL
 */
export const SqlTableNameSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.readonly(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
]);

/**
 * Validates a {@link SqlTimestampType}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SqlTimestampTypeSchema } from "clientele/sql";
 * parseInput("f", SqlTimestampTypeSchema, "timestamptz"); // => "timestamptz"
 * ```
 * @category SQL
 */
export const SqlTimestampTypeSchema = /* @__PURE__ */ z.literal(["date", "timestamp", "timestamptz"]);
