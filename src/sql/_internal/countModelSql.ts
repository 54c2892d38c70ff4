import { describeReceived } from "../../_lib/describeReceived.ts";
import { throwInvalidValue } from "../../_lib/invalidValue.ts";
import { BgNbdParamsSchema } from "../../clv/bgNbd/BgNbdParams.ts";
import { MbgNbdParamsSchema } from "../../clv/mbgNbd/MbgNbdParams.ts";
import { ParetoNbdParamsSchema } from "../../clv/paretoNbd/ParetoNbdParams.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { SqlDialect } from "../SqlDialect.ts";
import type { SqlTableName } from "../SqlTransactionTable.ts";
import type { SummaryTableColumns } from "../SummaryTableColumns.ts";
import { dialectSql, doubleLiteral, integerLiteral } from "./dialectSql.ts";
import { hypergeometricSeriesCtes, seriesLadder, seriesTermsSql } from "./hypergeometricSeriesSql.ts";
import { expm1Sql, expSql, integersSql, log1pSql, logisticSql } from "./numericSql.ts";
import { quoteName, quoteTable } from "./quoteName.ts";

// The scoring queries of the count models (BG/NBD, MBG/NBD, Pareto/NBD), built here once for
// probabilityAliveSql, conditionalExpectedPurchasesSql and customerLifetimeValueSql:
//
//   customers   the summary table's rows: "customerId", "x", "tx", "T" (and "m", the monetary value)
//   alive       P(alive) per customer (BG/NBD, MBG/NBD: closed form; Pareto/NBD: two ₂F₁ series per customer,
//               summed once per distinct (x, t_x) and (x, T))
//   numerators  E[Y(t_h) | alive at T] per distinct (x, T) and horizon h (BG/NBD, MBG/NBD: one ₂F₁ series per
//               pair and horizon; Pareto/NBD: closed form)
//
// and E[Y(t_h) | x, t_x, T] = numerator × P(alive), as in clientele/clv's kernels (see their headers).

/** A count model fit as the SQL builders read it: model and validated parameters. */
export type CountModelParams =
  | {
      readonly model: "bg-nbd" | "mbg-nbd";
      readonly r: number;
      readonly alpha: number;
      readonly a: number;
      readonly b: number;
    }
  | {
      readonly model: "pareto-nbd";
      readonly r: number;
      readonly alpha: number;
      readonly s: number;
      readonly beta: number;
    };

/**
 * Reads `fit.model` and `fit.params` (untrusted), as the prediction functions dispatch on the fit.
 *
 * @param fn - Public function name.
 * @param fit - The fit.
 * @param path - Its path (`["fit"]`, `["countFit"]`).
 * @returns Model and parameters.
 * @throws {@link ClienteleInputError} `invalid_input` at `path.model` or `path.params`.
 * @internal
 */
export function readCountModel(fn: string, fit: unknown, path: readonly string[]): CountModelParams {
  const model = (fit as { model?: unknown } | null)?.model;
  const params = (fit as { params?: unknown } | null)?.params;
  if (model === "pareto-nbd") return { model, ...parseInput(fn, ParetoNbdParamsSchema, params, [...path, "params"]) };
  if (model === "bg-nbd" || model === "mbg-nbd") {
    const schema = model === "bg-nbd" ? BgNbdParamsSchema : MbgNbdParamsSchema;
    return { model, ...parseInput(fn, schema, params, [...path, "params"]) };
  }
  const expected = `"bg-nbd", "mbg-nbd" or "pareto-nbd" (other models are not yet scored in SQL)`;
  return throwInvalidValue(
    fn,
    [...path, "model"],
    `expected ${expected}, received ${describeReceived(model)}`,
    expected,
    describeReceived(model),
  );
}

/** Horizons t_h = h · step, h = 1 … count (one horizon: count 1). */
export interface Horizons {
  readonly count: number;
  readonly step: number;
}

/** What the caller asks of {@link countModelCtes}. */
export interface CountModelQuery {
  readonly fn: string;
  readonly dialect: SqlDialect;
  readonly table: SqlTableName;
  readonly columns: SummaryTableColumns | undefined;
  readonly model: CountModelParams;
  /** Horizons of E[Y(t)]; undefined for P(alive) only. */
  readonly horizons: Horizons | undefined;
  /** Whether the customers need their monetary value (column "m"). */
  readonly monetary: boolean;
}

/**
 * The CTEs of the header (without `WITH`), ready for a final SELECT over `alive` (columns "customerId",
 * "x", "T", "m" if asked, "probabilityAlive") and, with horizons, `numerators` ("x", "T", "h", "n").
 *
 * @param query - See {@link CountModelQuery}.
 * @returns The lines, starting `customers AS (` and ending `)`.
 * @throws {@link ClienteleDomainError} `domain_error` for a BG/NBD fit the series does not cover (see
 *   `bgNbdNumeratorCtes`) or a series longer than its cap.
 * @internal
 */
export function countModelCtes(query: CountModelQuery): string[] {
  const { fn, dialect: d, model } = query;
  const q = (name: string) => quoteName(fn, [], d, name);
  const column = (key: keyof SummaryTableColumns) =>
    quoteName(fn, ["options", "columns", key], d, query.columns?.[key] ?? key);
  const table = quoteTable(fn, ["options", "table"], d, query.table);
  const lines = [
    "customers AS (",
    `  SELECT ${column("customerId")} AS ${q("customerId")}, ${column("frequency")} AS ${q("x")},`,
    `    ${column("recency")} AS ${q("tx")}, ${column("T")} AS ${q("T")}${query.monetary ? `, ${column("monetaryValue")} AS ${q("m")}` : ""}`,
    `  FROM ${table}`,
    ")",
  ];
  const series = model.model === "pareto-nbd" ? paretoSeries(query, model) : bgSeries(query, model);
  const longest = series === undefined ? 0 : series.rungs[series.rungs.length - 1]!.terms;
  const terms = Math.max(longest, query.horizons?.count ?? 0);
  if (terms > 0) lines.push(`, integers AS (`, `  ${integersSql(d, q("k"), terms)}`, ")");
  if (query.horizons !== undefined) {
    const { count, step } = query.horizons;
    lines.push(
      ", horizons AS (",
      `  SELECT ${q("k")} + 1 AS ${q("h")}, CAST(${q("k")} + 1 AS ${dialectSql(d).double}) * ${doubleLiteral(d, step)} AS ${q("t")}`,
      `  FROM integers WHERE ${q("k")} < ${integerLiteral(count)}`,
      ")",
    );
  }
  return [...lines, ...(series?.ctes ?? []), ...aliveCtes(query, model), ...numeratorCtes(query, model)];
}

/**
 * The a-priori bound of the BG/NBD family's series ₂F₁(P, Q; c0 + x; z) (Euler's form: P = a + b − 1 − r,
 * Q = a − 1, c0 = a + b − 1 > 0) after the terms t_1 … t_n, for every x ≥ 0: from n ≥ m0 = ⌈max(0, −P, −Q)⌉
 * on, P + j ≥ 0 and Q + j ≥ 0, (Q + j)/(c0 + x + j) ≤ 1 (Q − c0 − x = −(b + x) < 0) and (P + j)/(j + 1) ≤
 * A_n = max(1, (P + n)/(n + 1)), so every later ratio is at most ρ = z A_n; and |t_n| ≤ M_n zⁿ with
 * M_n = Π_{j<n} |P + j||Q + j|/((j + 1)(c0 + j)), its value at x = 0 (c0 + x + j grows with x). The tail is at
 * most M_n zⁿ ρ/(1 − ρ) in absolute value.
 *
 * @param P - First parameter.
 * @param Q - Second parameter.
 * @param c0 - Third parameter at x = 0, > 0.
 * @returns (n, z) ↦ the bound (Infinity where ρ ≥ 1); valid for n ≥ m0.
 * @internal
 */
export function bgNbdSeriesTail(P: number, Q: number, c0: number): (n: number, z: number) => number {
  const logM: number[] = [0];
  const logMOf = (n: number) => {
    for (let j = logM.length - 1; j < n; j++) {
      logM.push(logM[j]! + Math.log((Math.abs(P + j) * Math.abs(Q + j)) / ((j + 1) * (c0 + j))));
    }
    return logM[n]!;
  };
  return (n, z) => {
    const rho = z * Math.max(1, (P + n) / (n + 1));
    if (!(rho < 1)) return Number.POSITIVE_INFINITY;
    return Math.exp(logMOf(n) + n * Math.log(z)) * (rho / (1 - rho));
  };
}

/**
 * The bound of the Pareto/NBD's series G = ₂F₁(1, d; m + 1; z), m = r + s + x, after the terms t_1 … t_n,
 * relative to G (G ≥ 1), for every x ≥ 0. Every ratio ρ_j = z (d + j)/(m + 1 + j) is below z, so the tail is
 * at most t_n z/(1 − z), and t_n ≤ M_n zⁿ with M_n = Π_{j<n} (d + j)/(m + 1 + j) at its largest over x: for
 * α < β, d = s + 1 and the largest is at x = 0, M_n = Π_{j<n} (s + 1 + j)/(r + s + 1 + j) (a large r makes
 * the series short); for α ≥ β, d = r + x and the factor tends to 1 as x grows, so M_n = 1.
 *
 * @param r - Shape of the purchase rates.
 * @param s - Shape of the dropout rates.
 * @param upper - Whether α ≥ β.
 * @returns (n, z) ↦ the bound M_n z^(n+1)/(1 − z).
 * @internal
 */
export function paretoNbdSeriesTail(r: number, s: number, upper: boolean): (n: number, z: number) => number {
  const logM: number[] = [0];
  const logMOf = (n: number) => {
    for (let j = logM.length - 1; j < n; j++)
      logM.push(logM[j]! + (upper ? 0 : Math.log((s + 1 + j) / (r + s + 1 + j))));
    return logM[n]!;
  };
  return (n, z) => (z < 1 ? Math.exp(logMOf(n) + (n + 1) * Math.log(z)) / (1 - z) : Number.POSITIVE_INFINITY);
}

interface Series {
  readonly rungs: ReturnType<typeof seriesLadder>;
  readonly ctes: string[];
}

/** The BG/NBD family's series (Euler's form, see bgNbdConditionalExpectedPurchases.ts), on (x, T, h). */
function bgSeries(
  query: CountModelQuery,
  model: CountModelParams & { model: "bg-nbd" | "mbg-nbd" },
): Series | undefined {
  if (query.horizons === undefined) return undefined;
  const { fn, dialect: d } = query;
  const { r, alpha, a } = model;
  // The MBG/NBD's E[Y(t) | alive] is the BG/NBD's with b + 1.
  const b = model.model === "mbg-nbd" ? model.b + 1 : model.b;
  const P = a + b - 1 - r;
  const Q = a - 1;
  const c0 = a + b - 1;
  if (Math.abs(a - 1) < 1e-4 || !(c0 > 1e-4)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: ${Math.abs(a - 1) < 1e-4 ? "a within 1e-4 of 1" : "a + b ≤ 1 (BG/NBD)"}, where the closed form of E[Y(t)] is 0/0, is not written in SQL; score in JavaScript`,
      {
        issues: [
          { code: "domain_error", path: ["fit", "params", "a"], message: "singular point", received: String(a) },
        ],
      },
    );
  }
  const tail = bgNbdSeriesTail(P, Q, c0);
  const tMax = query.horizons.count * query.horizons.step;
  const rungs = seriesLadder(fn, tail, tMax / (alpha + tMax), Math.ceil(Math.max(0, -P, -Q)) + 1);
  const q = (name: string) => quoteName(fn, [], d, name);
  const num = (v: number) => doubleLiteral(d, v);
  const [x, T, h, t, z] = [q("x"), q("T"), q("h"), q("t"), q("z")];
  return {
    rungs,
    ctes: [
      ", pairs AS (",
      `  SELECT DISTINCT ${x}, ${T} FROM customers`,
      "), points AS (",
      `  SELECT ROW_NUMBER() OVER (ORDER BY ${x}, ${T}, ${h}) AS ${q("id")}, ${x}, ${T}, ${h},`,
      `    ${num(P)} AS ${q("P")}, ${num(Q)} AS ${q("Q")}, ${num(c0)} + ${x} AS ${q("C")}, ${z},`,
      `    ${seriesTermsSql(d, z, rungs)} AS ${q("N")}`,
      "  FROM (",
      `    SELECT pairs.${x}, pairs.${T}, horizons.${h}, horizons.${t} / (${num(alpha)} + pairs.${T} + horizons.${t}) AS ${z}`,
      "    FROM pairs CROSS JOIN horizons",
      "  ) AS arguments",
      ")",
      ...leadingComma(hypergeometricSeriesCtes(d, [q("id")], q)),
    ],
  };
}

/** The Pareto/NBD's series G = ₂F₁(1, d; m + 1; z) at every distinct (x, t_x) and (x, T) (see paretoNbdLogA0.ts). */
function paretoSeries(query: CountModelQuery, model: CountModelParams & { model: "pareto-nbd" }): Series {
  const { fn, dialect: d } = query;
  const { r, alpha, s, beta } = model;
  const upper = alpha >= beta;
  const p = upper ? alpha : beta;
  const gap = p - (upper ? beta : alpha);
  const tail = paretoNbdSeriesTail(r, s, upper);
  const rungs = seriesLadder(fn, tail, gap / p, 1);
  const q = (name: string) => quoteName(fn, [], d, name);
  const num = (v: number) => doubleLiteral(d, v);
  const [x, u, z] = [q("x"), q("u"), q("z")];
  const dOf = upper ? `${num(r)} + ${x}` : num(s + 1);
  return {
    rungs,
    ctes: [
      ", times AS (",
      `  SELECT DISTINCT ${x}, ${u} FROM (`,
      `    SELECT ${x}, ${q("tx")} AS ${u} FROM customers UNION ALL SELECT ${x}, ${q("T")} AS ${u} FROM customers`,
      "  ) AS both_times",
      "), points AS (",
      `  SELECT ROW_NUMBER() OVER (ORDER BY ${x}, ${u}) AS ${q("id")}, ${x}, ${u}, ${z},`,
      `    CAST(1 AS ${dialectSql(d).double}) AS ${q("P")}, ${dOf} AS ${q("Q")},`,
      `    ${num(r + s + 1)} + ${x} AS ${q("C")}, ${seriesTermsSql(d, z, rungs)} AS ${q("N")}`,
      `  FROM (SELECT ${x}, ${u}, ${num(gap)} / (${num(p)} + ${u}) AS ${z} FROM times) AS arguments`,
      ")",
      ...leadingComma(hypergeometricSeriesCtes(d, [q("id")], q)),
    ],
  };
}

/** CTE `alive`: "customerId", "x", "T" ("m"), "probabilityAlive". */
function aliveCtes(query: CountModelQuery, model: CountModelParams): string[] {
  const { fn, dialect: d } = query;
  const q = (name: string) => quoteName(fn, [], d, name);
  const num = (v: number) => doubleLiteral(d, v);
  const [id, x, tx, T] = [q("customerId"), q("x"), q("tx"), q("T")];
  const keep = `${id}, ${x}, ${T}${query.monetary ? `, ${q("m")}` : ""}`;
  if (model.model !== "pareto-nbd") {
    // Fader, Hardie & Lee (2008) / Batislam et al. (2007): the logistic of
    // D = ln(a/(b + x − δ)) + (r + x) ln((α + T)/(α + t_x)), δ = 1 (BG/NBD), 0 (MBG/NBD).
    const { r, alpha, a, b } = model;
    const dead =
      `ln(${num(a)} / (${num(b)} + ${model.model === "bg-nbd" ? `GREATEST(${x}, 1) - 1` : x}))` +
      ` + (${num(r)} + ${x}) * ln((${num(alpha)} + ${T}) / (${num(alpha)} + ${tx}))`;
    const p = logisticSql(d, q("d")).replace(
      "CASE",
      model.model === "bg-nbd" ? `CASE\n    WHEN ${x} = 0 THEN CAST(1 AS ${dialectSql(d).double})` : "CASE",
    );
    return [
      ", alive AS (",
      `  SELECT ${keep}, ${p} AS ${q("probabilityAlive")}`,
      `  FROM (SELECT ${keep}, ${dead} AS ${q("d")} FROM customers) AS odds`,
      ")",
    ];
  }
  // Pareto/NBD (paretoNbdProbabilityAlive.ts): D = K + e(t_x) + ln(1 − e^(e(T) − e(t_x))), e(u) =
  // (1 − b) ln(q + u) − d ln(p + u) + ln G(u), K = ln(s/(r + s + x)) + (r + x) ln(α + T) + s ln(β + T).
  const { r, alpha, s, beta } = model;
  const upper = alpha >= beta;
  const [pp, qq] = upper ? [alpha, beta] : [beta, alpha];
  const bOf = upper ? num(s + 1) : `(${num(r)} + ${x})`;
  const dOf = upper ? `(${num(r)} + ${x})` : num(s + 1);
  const [u, v, e] = [q("u"), q("v"), q("e")];
  const k = `ln(${num(s)} / (${num(r + s)} + c.${x})) + (${num(r)} + c.${x}) * ln(${num(alpha)} + c.${T}) + ${num(s)} * ln(${num(beta)} + c.${T})`;
  const log1mexp = `(CASE WHEN ${v} > ${num(-Math.LN2)} THEN ln(GREATEST(-${expm1Sql(d, v)}, ${num(Number.MIN_VALUE)})) ELSE ${log1pSql(d, `(-${expSql(d, v)})`)} END)`;
  const p = logisticSql(d, q("d")).replace(
    "CASE",
    `CASE\n    WHEN ${tx} = ${T} OR ${v} >= 0 THEN CAST(1 AS ${dialectSql(d).double})`,
  );
  return [
    ", logTerms AS (",
    `  SELECT ${x}, ${u}, (1 - ${bOf}) * ln(${num(qq)} + ${u}) - ${dOf} * ln(${num(pp)} + ${u}) + ln(1 + ${q("S")}) AS ${e}`,
    `  FROM (SELECT points.${x}, points.${u}, sums.${q("S")} FROM points JOIN sums ON sums.${q("id")} = points.${q("id")}) AS series`,
    "), alive AS (",
    `  SELECT ${keep}, ${p} AS ${q("probabilityAlive")}`,
    `  FROM (SELECT ${keep}, ${tx}, ${v}, ${q("k")} + ${q("first")} + ${log1mexp} AS ${q("d")}`,
    `    FROM (SELECT c.${id}, c.${x}, c.${tx}, c.${T}${query.monetary ? `, c.${q("m")}` : ""}, ${k} AS ${q("k")}, e1.${e} AS ${q("first")}, e2.${e} - e1.${e} AS ${v}`,
    "      FROM customers AS c",
    `      LEFT JOIN logTerms AS e1 ON e1.${x} = c.${x} AND e1.${u} = c.${tx}`,
    `      LEFT JOIN logTerms AS e2 ON e2.${x} = c.${x} AND e2.${u} = c.${T}) AS parts`,
    "  ) AS odds",
    ")",
  ];
}

/** CTE `numerators`: E[Y(t_h) | alive at T] per "x", "T", "h" as "n". */
function numeratorCtes(query: CountModelQuery, model: CountModelParams): string[] {
  if (query.horizons === undefined) return [];
  const { fn, dialect: d } = query;
  const q = (name: string) => quoteName(fn, [], d, name);
  const num = (v: number) => doubleLiteral(d, v);
  const [x, T, h, t] = [q("x"), q("T"), q("h"), q("t")];
  if (model.model === "pareto-nbd") {
    // (r + x)/(α + T) · (β + T) · [1 − (1 + u)^(−(s−1))]/(s − 1), u = t/(β + T) (paretoNbdConditionalExpectedPurchases.ts).
    const { r, alpha, s, beta } = model;
    const [l, k] = [q("l"), q("k")];
    const aliveTime =
      s === 1
        ? l
        : `CASE WHEN ABS(${k}) < ${num(1e-8)} THEN ${l} * (1 - ${k} / 2) ELSE -${expm1Sql(d, `(-${k})`)} / ${num(s - 1)} END`;
    return [
      ", numerators AS (",
      `  SELECT ${x}, ${T}, ${h}, (${num(r)} + ${x}) / (${num(alpha)} + ${T}) * (${num(beta)} + ${T}) * (${aliveTime}) AS ${q("n")}`,
      `  FROM (SELECT ${x}, ${T}, ${h}, ${l}, ${num(s - 1)} * ${l} AS ${k}`,
      `    FROM (SELECT pairs.${x}, pairs.${T}, horizons.${h}, ${log1pSql(d, `(horizons.${t} / (${num(beta)} + pairs.${T}))`)} AS ${l}`,
      `      FROM (SELECT DISTINCT ${x}, ${T} FROM customers) AS pairs CROSS JOIN horizons) AS logs) AS times`,
      ")",
    ];
  }
  // N = C/(a − 1) · (1 − e^L), L = (a − 1) ln(1 − z) + ln ₂F₁(…), ln(1 − z) = −ln(1 + t/(α + T)),
  // ₂F₁ = 1 + S (bgNbdConditionalExpectedPurchases.ts); where ₂F₁ ≤ 0 (x = 0, a + b < 1), 1 + e^((a−1) ln(1−z)) |₂F₁|.
  const { alpha, a } = model;
  const S = q("S");
  const [L, lz] = [q("L"), q("lz")];
  return [
    ", numerators AS (",
    `  SELECT ${x}, ${T}, ${h}, ${q("C")} / ${num(a - 1)} * (CASE WHEN ${S} > -1 THEN -${expm1Sql(d, L)} ELSE 1 - ${expSql(d, `${num(a - 1)} * ${lz}`)} * (1 + ${S}) END) AS ${q("n")}`,
    `  FROM (SELECT ${x}, ${T}, ${h}, ${q("C")}, ${S}, ${lz}, ${num(a - 1)} * ${lz} + ${log1pSql(d, `GREATEST(${S}, ${num(-1 + 2 ** -52)})`)} AS ${L}`,
    `    FROM (SELECT points.${x}, points.${T}, points.${h}, points.${q("C")}, sums.${S},`,
    `        -${log1pSql(d, `(horizons.${t} / (${num(alpha)} + points.${T}))`)} AS ${lz}`,
    "      FROM points",
    `      JOIN sums ON sums.${q("id")} = points.${q("id")}`,
    `      JOIN horizons ON horizons.${h} = points.${h}) AS logs) AS brackets`,
    ")",
  ];
}

/** The lines with ", " before the first (a CTE list after another CTE). */
function leadingComma(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i === 0 ? `, ${line}` : line));
}
