import * as z from "zod/mini";

/**
 * The columns of a table of customer summaries to score, as the table names them. Each defaults to the
 * name {@link summarySql} gives it (`customerId`, `frequency`, `recency`, `T`, `monetaryValue`), so a table created from
 * {@link summarySql}'s query needs no mapping.
 *
 * @example
 * ```ts
 * import type { SummaryTableColumns } from "clientele/sql";
 * const columns: SummaryTableColumns = { customerId: "customer_id", T: "age_weeks" };
 * columns.T; // => "age_weeks"
 * ```
 * @category SQL
 */
export interface SummaryTableColumns {
  /** Column of the customer id (default `"customerId"`). */
  readonly customerId?: string | undefined;
  /** Column of x, the repeat purchases (default `"frequency"`). */
  readonly frequency?: string | undefined;
  /** Column of t_x, the time from the first to the last purchase (default `"recency"`). */
  readonly recency?: string | undefined;
  /** Column of T, the time from the first purchase to the end of calibration (default `"T"`). */
  readonly T?: string | undefined;
  /** Column of the mean repeat-purchase value, for spend and lifetime value (default `"monetaryValue"`). */
  readonly monetaryValue?: string | undefined;
}

/**
 * Validates {@link SummaryTableColumns}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SummaryTableColumnsSchema } from "clientele/sql";
 * parseInput("f", SummaryTableColumnsSchema, { T: "age" }).T; // => "age"
 * ```
 * @category SQL
 */
export const SummaryTableColumnsSchema = /* @__PURE__ */ z.strictObject({
  /** Column of the customer id. */
  customerId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Column of x. */
  frequency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Column of t_x. */
  recency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Column of T. */
  T: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Column of the monetary value. */
  monetaryValue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
