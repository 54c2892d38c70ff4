import { describeReceived } from "../_lib/describeReceived.ts";
import { throwInvalidValue } from "../_lib/invalidValue.ts";
import type { CountModelFit } from "../clv/CountModelFit.ts";
import { parseInput } from "../schema/parseInput.ts";
import { countModelCtes, readCountModel } from "./_internal/countModelSql.ts";
import { dialectSql } from "./_internal/dialectSql.ts";
import { quoteName, quoteTable } from "./_internal/quoteName.ts";
import { type ScoreSqlOptions, ScoreSqlOptionsSchema } from "./probabilityAliveSql.ts";

/**
 * Writes one SQL query that scores every customer of a summary table with E[Y(t) | x, t_x, T], the expected
 * number of purchases in the next `t` time units, under a fitted BG/NBD, MBG/NBD or Pareto/NBD model:
 * columns `customerId` and `expectedPurchases`, equal to `conditionalExpectedPurchases(fit, t, …)` of
 * `clientele/clv` (dispatched on `fit.model` as that function does).
 *
 * @remarks
 * The formulas are clientele/clv's (BG/NBD: Fader, Hardie & Lee 2005, eq. 10; MBG/NBD: Batislam, Denizel &
 * Filiztekin 2007; Pareto/NBD: Fader & Hardie 2005, note 009, eq. 22–25). The Gauss hypergeometric
 * functions are summed in SQL as series, once per distinct (x, T) (BG/NBD family) or per distinct (x, t_x)
 * and (x, T) (Pareto/NBD), joined to a table of integers and accumulated by a window, so the work grows with
 * the distinct summaries, not the customers. **Error bound:** the number of terms is chosen per summary from
 * its argument z so that the truncated tail is at most 2⁻⁵⁶: in absolute value for the BG/NBD family's
 * ₂F₁(a + b − 1 − r, a − 1; a + b + x − 1; z) after Euler's transformation, z = t/(α + T + t) (tail after n
 * terms ≤ M_n zⁿ · ρ/(1 − ρ), ρ = z·max(1, (a + b − 1 − r + n)/(n + 1)), M_n the product of the ratios'
 * coefficients at x = 0); relative to the sum for the Pareto/NBD's ₂F₁(1, d; r + s + x + 1; z),
 * z = |α − β|/(max(α, β) + t) (tail ≤ z^(n+1)/(1 − z)). Rounding adds a few 1e-13 at most; the tests find
 * the SQL within 1e-10 relative of the JavaScript on CDNOW and the 1,000,000-row T1 log.
 *
 * Not written in SQL (refused with `domain_error`, score in JavaScript): a BG/NBD or MBG/NBD fit with a
 * within 1e-4 of 1, or a BG/NBD fit with a + b ≤ 1 (where the closed form is 0/0), and series longer than
 * 20,000 terms (t ≫ α for the BG/NBD family; α and β orders of magnitude apart for the Pareto/NBD). For a
 * Pareto/NBD customer whose log-odds constant |K| exceeds 1e4 (r + x in the thousands) JavaScript integrates
 * instead, and the SQL's rounding grows as |K|·ε. The summaries must be in the fit's `unit`: SQL cannot
 * check it.
 *
 * @param fit - A BG/NBD, MBG/NBD or Pareto/NBD fit (only `model` and `params` are read).
 * @param t - Horizon, finite, ≥ 0, in the fit's unit.
 * @param options - Dialect, table and columns ({@link ScoreSqlOptions}).
 * @returns The query, without a trailing semicolon.
 * @throws {@link ClienteleInputError} `invalid_input` for another model (at `fit.model`), bad parameters
 *   (at `fit.params`), a bad horizon (at `t`), or a bad option or name.
 * @throws {@link ClienteleDomainError} `domain_error` for the fits and horizons above.
 * @example
 * ```ts
 * import { conditionalExpectedPurchasesSql } from "clientele/sql";
 * const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const sql = conditionalExpectedPurchasesSql(fit, 52, { dialect: "duckdb", table: "summaries" });
 * sql.endsWith('AND numerators."T" = alive."T"'); // => true
 * ```
 * @category SQL
 */
export function conditionalExpectedPurchasesSql(
  fit: Pick<CountModelFit, "model" | "params">,
  t: number,
  options: ScoreSqlOptions,
): string {
  const fn = "conditionalExpectedPurchasesSql";
  const model = readCountModel(fn, fit, ["fit"]);
  if (!(typeof t === "number" && t >= 0 && t <= Number.MAX_VALUE)) {
    throwInvalidValue(
      fn,
      ["t"],
      `expected a finite number ≥ 0 (in the fit's unit), received ${describeReceived(t)}`,
      "finite number ≥ 0",
      describeReceived(t),
    );
  }
  const o = parseInput(fn, ScoreSqlOptionsSchema, options, ["options"]);
  const q = (name: string) => quoteName(fn, [], o.dialect, name);
  if (t === 0) {
    // As conditionalExpectedPurchases: nothing is expected in no time.
    const id = quoteName(fn, ["options", "columns", "customerId"], o.dialect, o.columns?.customerId ?? "customerId");
    return [
      `SELECT ${id} AS ${q("customerId")}, CAST(0 AS ${dialectSql(o.dialect).double}) AS ${q("expectedPurchases")}`,
      `FROM ${quoteTable(fn, ["options", "table"], o.dialect, o.table)}`,
    ].join("\n");
  }
  const horizons = { count: 1, step: t };
  const ctes = countModelCtes({ fn, ...o, columns: o.columns, model, horizons, monetary: false });
  return [
    "WITH",
    ...ctes,
    `SELECT alive.${q("customerId")}, alive.${q("probabilityAlive")} * numerators.${q("n")} AS ${q("expectedPurchases")}`,
    "FROM alive",
    `LEFT JOIN numerators ON numerators.${q("x")} = alive.${q("x")} AND numerators.${q("T")} = alive.${q("T")}`,
  ].join("\n");
}
