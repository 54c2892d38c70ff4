import { describeReceived } from "../_lib/describeReceived.ts";
import { throwInvalidValue } from "../_lib/invalidValue.ts";
import { discreteHorizon, isUnit } from "../_lib/lengthInFitUnits.ts";
import { resolveDiscountRate } from "../_lib/resolveDiscountRate.ts";
import type { CustomerLifetimeValueOptions } from "../clv/lifetimeValue/CustomerLifetimeValueOptions.ts";
import { parseInput } from "../schema/parseInput.ts";
import { countModelCtes, readCountModel } from "./_internal/countModelSql.ts";
import { dialectSql, doubleLiteral, integerLiteral } from "./_internal/dialectSql.ts";
import { expSql } from "./_internal/numericSql.ts";
import { quoteName, quoteTable } from "./_internal/quoteName.ts";
import { expectedSpendExpression } from "./_internal/spendSql.ts";
import { type ScoreSqlOptions, ScoreSqlOptionsSchema } from "./probabilityAliveSql.ts";

/**
 * What {@link customerLifetimeValueSql} values: the options of `customerLifetimeValue` without the
 * customers (they are the table's rows) and without `method` (the discrete sum only).
 *
 * @example
 * ```ts
 * import type { LifetimeValueSqlInput } from "clientele/sql";
 * const input: LifetimeValueSqlInput = {
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   horizon: { length: 52, unit: "week" },
 *   period: 4,
 *   discountRate: 0.0018, // per week, the unit of the fit
 *   margin: 0.3,
 * };
 * input.margin; // => 0.3
 * ```
 * @category SQL
 */
export type LifetimeValueSqlInput = Omit<CustomerLifetimeValueOptions, "customers" | "method">;

/** Most discounting periods a query sums (each is one more series per distinct summary). */
const MAX_SQL_PERIODS = 1000;

/**
 * Writes one SQL query that values every customer of a summary table with `customerLifetimeValue`'s
 * discrete sum: columns `customerId` and `lifetimeValue` = margin × E[spend] × Σ_{k=1}^{K} (E[Y(kΔ)] −
 * E[Y((k−1)Δ)]) · (1 + d)^(−kΔ), with K = horizon / period, E[Y] of {@link conditionalExpectedPurchasesSql}
 * (BG/NBD, MBG/NBD, Pareto/NBD), E[spend] of {@link expectedAverageSpendSql} (Gamma-Gamma), and the
 * discount rate read by the one {@link DiscountRate} convention (a number per unit of the fit, or
 * `{ rate, per }` converted exactly): the conventions of `customerLifetimeValue`, whose values it equals to
 * 1e-10 relative in the tests.
 *
 * @remarks
 * Supported: `method: "discrete"` (the default of `customerLifetimeValue`) with up to 1,000 periods.
 * Not supported (leave them to JavaScript): `method: "closed-form"` (the Pareto/NBD's DERT), and the
 * BG/BB (its customers are opportunity patterns, not summaries). The series bounds are those of
 * {@link conditionalExpectedPurchasesSql} at the longest horizon. Reads the columns `frequency`,
 * `recency`, `T` and `monetaryValue`, in `countFit.unit` (SQL cannot check the unit).
 *
 * @param input - Count fit (with its `unit`), spend fit, horizon, period, discount rate and margin.
 * @param options - Dialect, table and columns ({@link ScoreSqlOptions}).
 * @returns The query, without a trailing semicolon.
 * @throws {@link ClienteleInputError} `invalid_input` at the path of a bad fit, horizon, period, rate,
 *   margin or option, or for more than 1,000 periods (at `horizon`).
 * @throws {@link ClienteleDomainError} `domain_error` where {@link conditionalExpectedPurchasesSql} or
 *   {@link expectedAverageSpendSql} throw it.
 * @example
 * ```ts
 * import { customerLifetimeValueSql } from "clientele/sql";
 * const sql = customerLifetimeValueSql(
 *   {
 *     countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *     spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *     horizon: 52,
 *     period: 4,
 *     discountRate: { rate: 0.0018, per: "week" },
 *     margin: 0.3,
 *   },
 *   { dialect: "duckdb", table: "summaries" },
 * );
 * sql.includes('AS "lifetimeValue"'); // => true
 * ```
 * @category SQL
 */
export function customerLifetimeValueSql(input: LifetimeValueSqlInput, options: ScoreSqlOptions): string {
  const fn = "customerLifetimeValueSql";
  if (typeof input !== "object" || input === null) {
    throwInvalidValue(
      fn,
      ["input"],
      `expected object, received ${describeReceived(input)}`,
      "object",
      describeReceived(input),
    );
  }
  const { countFit, spendFit, horizon, period, discountRate, margin } = input;
  const model = readCountModel(fn, countFit, ["countFit"]);
  const unit = (countFit as { unit?: unknown }).unit;
  if (!isUnit(unit)) {
    throwInvalidValue(
      fn,
      ["countFit", "unit"],
      `expected the fit's time unit, received ${describeReceived(unit)}`,
      "time unit",
      describeReceived(unit),
    );
  }
  if (!(typeof margin === "number" && margin >= 0 && margin <= 1)) {
    throwInvalidValue(
      fn,
      ["margin"],
      `expected number in [0, 1], received ${describeReceived(margin)}`,
      "number in [0, 1]",
      describeReceived(margin),
    );
  }
  const { period: delta, periods: K } = discreteHorizon(fn, horizon, period, unit, MAX_SQL_PERIODS);
  const rate = resolveDiscountRate(fn, discountRate, unit, ["discountRate"]);
  const o = parseInput(fn, ScoreSqlOptionsSchema, options, ["options"]);
  const d = o.dialect;
  const q = (name: string) => quoteName(fn, [], d, name);
  const num = (v: number) => doubleLiteral(d, v);
  const spend = expectedSpendExpression(fn, spendFit, ["spendFit"], d, `alive.${q("x")}`, `alive.${q("m")}`);
  const double = dialectSql(d).double;
  if (K === 0) {
    const id = quoteName(fn, ["options", "columns", "customerId"], d, o.columns?.customerId ?? "customerId");
    return [
      `SELECT ${id} AS ${q("customerId")}, CAST(0 AS ${double}) AS ${q("lifetimeValue")}`,
      `FROM ${quoteTable(fn, ["options", "table"], d, o.table)}`,
    ].join("\n");
  }
  // Per-period discount factor v = (1 + d)^(−Δ); E[Y(t_k)] is weighted by v^k − v^(k+1) (k < K) and v^K
  // (k = K), the summation by parts of Σ (E_k − E_{k−1}) v^k.
  const logV = -delta * Math.log1p(rate);
  const h = q("h");
  const power = (e: string) => expSql(d, `CAST(${e} AS ${double}) * ${num(logV)}`);
  const weight = `CASE WHEN ${h} = ${integerLiteral(K)} THEN ${power(h)} ELSE ${power(h)} - ${power(`${h} + 1`)} END`;
  const ctes = countModelCtes({
    fn,
    ...o,
    columns: o.columns,
    model,
    horizons: { count: K, step: delta },
    monetary: true,
  });
  return [
    "WITH",
    ...ctes,
    ", discounted AS (",
    `  SELECT ${q("x")}, ${q("T")}, SUM(${q("n")} * ${q("w")}) AS ${q("n")}`,
    `  FROM (SELECT ${q("x")}, ${q("T")}, ${q("n")}, ${weight} AS ${q("w")} FROM numerators) AS weighted`,
    `  GROUP BY ${q("x")}, ${q("T")}`,
    ")",
    `SELECT alive.${q("customerId")},`,
    `  GREATEST(CAST(0 AS ${double}), ${num(margin)} * (${spend}) * alive.${q("probabilityAlive")} * discounted.${q("n")}) AS ${q("lifetimeValue")}`,
    "FROM alive",
    `LEFT JOIN discounted ON discounted.${q("x")} = alive.${q("x")} AND discounted.${q("T")} = alive.${q("T")}`,
  ].join("\n");
}
