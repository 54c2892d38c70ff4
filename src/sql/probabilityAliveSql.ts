import * as z from "zod/mini";
import { describeReceived } from "../_lib/describeReceived.ts";
import { throwInvalidValue } from "../_lib/invalidValue.ts";
import type { BgNbdFit } from "../clv/bgNbd/BgNbdFit.ts";
import { BgNbdParamsSchema } from "../clv/bgNbd/BgNbdParams.ts";
import type { MbgNbdFit } from "../clv/mbgNbd/MbgNbdFit.ts";
import { MbgNbdParamsSchema } from "../clv/mbgNbd/MbgNbdParams.ts";
import { parseInput } from "../schema/parseInput.ts";
import { dialectSql, doubleLiteral } from "./_internal/dialectSql.ts";
import { quoteName, quoteTable } from "./_internal/quoteName.ts";
import { type SqlDialect, SqlDialectSchema } from "./SqlDialect.ts";
import { type SqlTableName, SqlTableNameSchema } from "./SqlTransactionTable.ts";
import { type SummaryTableColumns, SummaryTableColumnsSchema } from "./SummaryTableColumns.ts";

/**
 * Where the summaries to score are: a table (or view) with one row per customer.
 *
 * @example
 * ```ts
 * import type { ScoreSqlOptions } from "clientele/sql";
 * const options: ScoreSqlOptions = { dialect: "duckdb", table: "summaries" };
 * options.table; // => "summaries"
 * ```
 * @category SQL
 */
export interface ScoreSqlOptions {
  /** The dialect to write. */
  readonly dialect: SqlDialect;
  /** The table of summaries, in the fit's time unit (see {@link SqlTableName}). */
  readonly table: SqlTableName;
  /** Its columns, when they are not named as {@link summarySql} names them. */
  readonly columns?: SummaryTableColumns | undefined;
}

/**
 * Validates {@link ScoreSqlOptions}.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ScoreSqlOptionsSchema } from "clientele/sql";
 * parseInput("f", ScoreSqlOptionsSchema, { dialect: "spark", table: "db.summaries" }).dialect; // => "spark"
 * ```
 * @category SQL
 */
export const ScoreSqlOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The dialect to write. */
  dialect: SqlDialectSchema,
  /** The table of summaries. */
  table: SqlTableNameSchema,
  /** Its columns. */
  columns: /* @__PURE__ */ z.optional(SummaryTableColumnsSchema),
});

/**
 * Writes one SQL query that scores every customer of a summary table with P(alive), the probability
 * that the customer is still active at the end of calibration, under a fitted BG/NBD or MBG/NBD model:
 * columns `customerId` and `probabilityAlive`, equal to `probabilityAlive(fit, …)` of `clientele/clv`
 * (closed forms, no special function: Fader, Hardie & Lee 2008, note 021, for the BG/NBD; Batislam,
 * Denizel & Filiztekin 2007 for the MBG/NBD).
 *
 * @remarks
 * Evaluated as a logistic of d = ln(a / (b + x − δ)) + (r + x)·ln((α + T)/(α + t_x)) (δ = 1 for the
 * BG/NBD, 0 for the MBG/NBD), in the branch that cannot overflow, and 0 beyond d = 745 where the double
 * underflows (PostgreSQL raises an error on underflow instead of returning 0). A BG/NBD customer with
 * x = 0 scores exactly 1. The parameters are written as double literals that round-trip exactly.
 * The summaries must be in the fit's `unit`: SQL cannot check it.
 *
 * @param fit - A BG/NBD or MBG/NBD fit (only `model` and `params` are read).
 * @param options - Dialect, table and columns ({@link ScoreSqlOptions}).
 * @returns The query, without a trailing semicolon.
 * @throws {@link ClienteleInputError} `invalid_input` for another model (at `fit.model`), bad parameters
 *   (at `fit.params`), or a bad option or name.
 * @example
 * ```ts
 * import { probabilityAliveSql } from "clientele/sql";
 * const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const sql = probabilityAliveSql(fit, { dialect: "postgres", table: "summaries" });
 * sql.includes("CAST(0.793 AS DOUBLE PRECISION)"); // => true
 * ```
 * @category SQL
 */
export function probabilityAliveSql(
  fit: Pick<BgNbdFit, "model" | "params"> | Pick<MbgNbdFit, "model" | "params">,
  options: ScoreSqlOptions,
): string {
  const fn = "probabilityAliveSql";
  const model = (fit as { model?: unknown } | null)?.model;
  if (model !== "bg-nbd" && model !== "mbg-nbd") {
    const expected = `"bg-nbd" or "mbg-nbd" (other models are not yet scored in SQL)`;
    throwInvalidValue(
      fn,
      ["fit", "model"],
      `expected ${expected}, received ${describeReceived(model)}`,
      expected,
      describeReceived(model),
    );
  }
  const schema = model === "bg-nbd" ? BgNbdParamsSchema : MbgNbdParamsSchema;
  const { r, alpha, a, b } = parseInput(fn, schema, fit.params, ["fit", "params"]);
  const o = parseInput(fn, ScoreSqlOptionsSchema, options, ["options"]);
  const d = o.dialect;
  const sql = dialectSql(d);
  const q = (name: string) => quoteName(fn, [], d, name);
  const column = (key: keyof SummaryTableColumns) =>
    quoteName(fn, ["options", "columns", key], d, o.columns?.[key] ?? key);
  const [id, x, tx, T] = [column("customerId"), column("frequency"), column("recency"), column("T")];
  const num = (value: number) => doubleLiteral(d, value);
  const logistic =
    `ln(${num(a)} / (${num(b)} + ${model === "bg-nbd" ? `GREATEST(${x}, 1) - 1` : x}))` +
    ` + (${num(r)} + ${x}) * ln((${num(alpha)} + ${T}) / (${num(alpha)} + ${tx}))`;
  const p = [
    "CASE",
    ...(model === "bg-nbd" ? [`    WHEN ${q("x")} = 0 THEN CAST(1 AS ${sql.double})`] : []),
    `    WHEN ${q("d")} > 745 THEN CAST(0 AS ${sql.double})`,
    `    WHEN ${q("d")} > 0 THEN exp(-${q("d")}) / (1 + exp(-${q("d")}))`,
    `    ELSE 1 / (1 + exp(${q("d")}))`,
    "  END",
  ].join("\n");
  return [
    `SELECT ${q("customerId")}, ${p} AS ${q("probabilityAlive")}`,
    "FROM (",
    `  SELECT ${id} AS ${q("customerId")}, ${x} AS ${q("x")}, ${logistic} AS ${q("d")}`,
    `  FROM ${quoteTable(fn, ["options", "table"], d, o.table)}`,
    ") AS scored",
  ].join("\n");
}
