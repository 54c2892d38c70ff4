import * as z from "zod/mini";
import type { CountModelFit } from "../clv/CountModelFit.ts";
import { parseInput } from "../schema/parseInput.ts";
import { countModelCtes, readCountModel } from "./_internal/countModelSql.ts";
import { quoteName } from "./_internal/quoteName.ts";
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
 * that the customer is still active at the end of calibration, under a fitted BG/NBD, MBG/NBD or
 * Pareto/NBD model: columns `customerId` and `probabilityAlive`, equal to `probabilityAlive(fit, …)` of
 * `clientele/clv` (dispatched on `fit.model` as that function does).
 *
 * @remarks
 * BG/NBD and MBG/NBD (Fader, Hardie & Lee 2008, note 021; Batislam, Denizel & Filiztekin 2007): closed
 * forms, evaluated as a logistic of d = ln(a / (b + x − δ)) + (r + x)·ln((α + T)/(α + t_x)) (δ = 1 for the
 * BG/NBD, 0 for the MBG/NBD), in the branch that cannot overflow, and 0 beyond d = 745 where the double
 * underflows (PostgreSQL raises an error on underflow instead of returning 0). A BG/NBD customer with
 * x = 0 scores exactly 1.
 *
 * Pareto/NBD (Fader & Hardie 2005, note 009, eq. 24): the logistic of the log-odds of being dead,
 * K + ln(e^(e(t_x)) − e^(e(T))), whose ₂F₁ terms (paretoNbdLogA0 of clientele/clv, after Euler's
 * transformation: a series of positive terms) are summed once per distinct (x, t_x) and (x, T) with a
 * truncation bound of 2⁻⁵⁶ relative (see `conditionalExpectedPurchasesSql`); t_x = T scores 1.
 *
 * The parameters are written as double literals that round-trip exactly. The summaries must be in the
 * fit's `unit`: SQL cannot check it.
 *
 * @param fit - A BG/NBD, MBG/NBD or Pareto/NBD fit (only `model` and `params` are read).
 * @param options - Dialect, table and columns ({@link ScoreSqlOptions}).
 * @returns The query, without a trailing semicolon.
 * @throws {@link ClienteleInputError} `invalid_input` for another model (at `fit.model`), bad parameters
 *   (at `fit.params`), or a bad option or name.
 * @throws {@link ClienteleDomainError} `domain_error` for a Pareto/NBD fit whose series would exceed 20,000
 *   terms (α and β orders of magnitude apart).
 * @example
 * ```ts
 * import { probabilityAliveSql } from "clientele/sql";
 * const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const sql = probabilityAliveSql(fit, { dialect: "postgres", table: "summaries" });
 * sql.includes("CAST(0.793 AS DOUBLE PRECISION)"); // => true
 * ```
 * @category SQL
 */
export function probabilityAliveSql(fit: Pick<CountModelFit, "model" | "params">, options: ScoreSqlOptions): string {
  const fn = "probabilityAliveSql";
  const model = readCountModel(fn, fit, ["fit"]);
  const o = parseInput(fn, ScoreSqlOptionsSchema, options, ["options"]);
  const q = (name: string) => quoteName(fn, [], o.dialect, name);
  const ctes = countModelCtes({ fn, ...o, columns: o.columns, model, horizons: undefined, monetary: false });
  return ["WITH", ...ctes, `SELECT ${q("customerId")}, ${q("probabilityAlive")}`, "FROM alive"].join("\n");
}
