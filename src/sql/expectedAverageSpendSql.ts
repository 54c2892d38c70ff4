import type { SpendModel } from "../clv/gammaGamma/GammaGammaFit.ts";
import { parseInput } from "../schema/parseInput.ts";
import { quoteName, quoteTable } from "./_internal/quoteName.ts";
import { expectedSpendExpression } from "./_internal/spendSql.ts";
import { type ScoreSqlOptions, ScoreSqlOptionsSchema } from "./probabilityAliveSql.ts";

/**
 * Writes one SQL query that scores every customer of a summary table with the Gamma-Gamma expected
 * average spend E[Z | x, z̄]: columns `customerId` and `expectedAverageSpend`, equal to
 * `expectedAverageSpend(fit, …)` of `clientele/clv` (same arithmetic: p(γ + x z̄)/(p x + q − 1), the
 * population mean pγ/(q − 1) for a customer without repeat purchases).
 *
 * @remarks
 * Reads the columns `frequency` and `monetaryValue` (the mean value of the repeat purchases, as
 * {@link summarySql} writes it; map other names through `options.columns`).
 *
 * @param fit - A Gamma-Gamma fit (only `model` and `params` are read).
 * @param options - Dialect, table and columns ({@link ScoreSqlOptions}).
 * @returns The query, without a trailing semicolon.
 * @throws {@link ClienteleInputError} `invalid_input` for another model (at `fit.model`), bad parameters
 *   (at `fit.params`), or a bad option or name.
 * @throws {@link ClienteleDomainError} `domain_error` for q ≤ 1 (no mean spend).
 * @example
 * ```ts
 * import { expectedAverageSpendSql } from "clientele/sql";
 * // Fader, Hardie & Lee (2005), CDNOW: p = 6.25, q = 3.74, γ = 15.44
 * const fit = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
 * const sql = expectedAverageSpendSql(fit, { dialect: "postgres", table: "summaries" });
 * sql.startsWith('SELECT "customerId"'); // => true
 * ```
 * @category SQL
 */
export function expectedAverageSpendSql(fit: SpendModel, options: ScoreSqlOptions): string {
  const fn = "expectedAverageSpendSql";
  const o = parseInput(fn, ScoreSqlOptionsSchema, options, ["options"]);
  const d = o.dialect;
  const column = (key: "customerId" | "frequency" | "monetaryValue") =>
    quoteName(fn, ["options", "columns", key], d, o.columns?.[key] ?? key);
  const spend = expectedSpendExpression(fn, fit, ["fit"], d, column("frequency"), column("monetaryValue"));
  const q = (name: string) => quoteName(fn, [], d, name);
  return [
    `SELECT ${column("customerId")} AS ${q("customerId")}, ${spend} AS ${q("expectedAverageSpend")}`,
    `FROM ${quoteTable(fn, ["options", "table"], d, o.table)}`,
  ].join("\n");
}
