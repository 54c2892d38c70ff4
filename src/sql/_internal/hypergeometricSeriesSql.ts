import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { SqlDialect } from "../SqlDialect.ts";
import { doubleLiteral, integerLiteral } from "./dialectSql.ts";
import { expSql } from "./numericSql.ts";

// The one series of clientele/sql: S = Σ_{n=1}^{N} t_n of ₂F₁(P, Q; C; z) = Σ_{n≥0} t_n, t_0 = 1,
// t_{n+1} = t_n ρ_n, ρ_n = z (P + n)(Q + n) / ((C + n)(n + 1)), summed in SQL without a loop or a recursive
// CTE (Spark SQL has none): each point is joined to the integers 0 … N − 1, ln|ρ_n| and the count of
// negative ratios are summed cumulatively by a window (every dialect has one), and the terms
// t_n = ±exp(Σ_{j<n} ln|ρ_j|) are added by a GROUP BY. A term's logarithm carries about n·ε·max|ln ρ| of
// rounding (below 1e-13 relative for n ≤ 1,000), weighted by the term's share of the sum.
//
// N is chosen per point from its z by a ladder of rungs N₁ < N₂ < … written into the query as a CASE: rung
// N_i is used for z ≤ z_i, where z_i is the largest z whose a-priori bound of the tail after N_i terms,
// tail(N_i, z), is at most TOLERANCE (the caller states the bound, which must increase with z). So every point
// sums at most about 1.5 times the terms it needs, and the bound holds for every row: the caller gives the
// largest z its rows can have (for T ≥ 0). The ladder is built in JavaScript by bisection.

/** The bound every series meets: its truncated tail is at most 2⁻⁵⁶ (absolute, or relative: see the caller). */
export const SERIES_TOLERANCE = 2 ** -56;
/** The longest series written (more would make the query slow): beyond it the caller's fit is refused. */
export const MAX_SERIES_TERMS = 20_000;

/** One rung: N terms for every point with z ≤ zLimit. */
export interface SeriesRung {
  readonly terms: number;
  readonly zLimit: number;
}

/**
 * The ladder of the header for a bound `tail(n, z)` (increasing in z, decreasing in n from `minTerms` on), up
 * to the first rung that covers `zMax`.
 *
 * @param fn - Public function name, for the error.
 * @param tail - Bound of |Σ_{k>n} t_k| (or of it relative to the sum) after the terms t_1 … t_n.
 * @param zMax - Largest z of any row, in [0, 1).
 * @param minTerms - Smallest n from which `tail` is valid.
 * @returns The rungs, increasing.
 * @throws {@link ClienteleDomainError} `domain_error` when more than {@link MAX_SERIES_TERMS} terms are needed.
 * @internal
 */
export function seriesLadder(
  fn: string,
  tail: (n: number, z: number) => number,
  zMax: number,
  minTerms: number,
): SeriesRung[] {
  const rungs: SeriesRung[] = [];
  let n = Math.max(4, minTerms);
  for (;;) {
    if (!(tail(n, 0) <= SERIES_TOLERANCE)) {
      n = Math.ceil(n * 1.5);
    } else {
      // Largest z in [0, 1) with tail(n, z) ≤ TOLERANCE (tail increases with z).
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (tail(n, mid) <= SERIES_TOLERANCE) lo = mid;
        else hi = mid;
      }
      rungs.push({ terms: n, zLimit: lo });
      if (lo >= zMax) return rungs;
      n = Math.ceil(n * 1.5);
    }
    if (n > MAX_SERIES_TERMS) {
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: the ₂F₁ series would need more than ${MAX_SERIES_TERMS} terms at z = ${zMax.toPrecision(6)} to meet its bound (2^-56): not written in SQL; score in JavaScript`,
        {
          issues: [
            {
              code: "domain_error",
              path: ["fit", "params"],
              message: `series longer than ${MAX_SERIES_TERMS} terms`,
              received: `z = ${zMax.toPrecision(6)}`,
            },
          ],
        },
      );
    }
  }
}

/**
 * The CASE that picks a point's number of terms from its z (the last rung also for z beyond its limit,
 * which valid rows never reach).
 *
 * @param dialect - The dialect.
 * @param z - The point's z, a quoted column.
 * @param rungs - From {@link seriesLadder}.
 * @returns The expression.
 * @internal
 */
export function seriesTermsSql(dialect: SqlDialect, z: string, rungs: readonly SeriesRung[]): string {
  const last = rungs[rungs.length - 1]!;
  const whens = rungs
    .slice(0, -1)
    .map((rung) => `WHEN ${z} <= ${doubleLiteral(dialect, rung.zLimit)} THEN ${integerLiteral(rung.terms)} `);
  return whens.length === 0
    ? integerLiteral(last.terms)
    : `CASE ${whens.join("")}ELSE ${integerLiteral(last.terms)} END`;
}

/**
 * CTEs (without the leading `WITH`, each line indented, joined by the caller) that sum the series of every
 * point of CTE `points` — columns `keys`, `"P"`, `"Q"`, `"C"`, `"z"` and `"N"` (number of terms after t_0) —
 * into CTE `sums` with columns `keys` and `"S"` = Σ_{n=1}^{N} t_n. The integers come from CTE `integers`
 * (column `"k"`, at least max N rows), which the caller defines.
 *
 * @param dialect - The dialect.
 * @param keys - The key columns of `points`, quoted.
 * @param q - Quotes an internal name.
 * @returns The CTE definitions `ratios AS (…), terms AS (…), sums AS (…)`.
 * @internal
 */
export function hypergeometricSeriesCtes(
  dialect: SqlDialect,
  keys: readonly string[],
  q: (name: string) => string,
): string[] {
  const k = q("k");
  const key = keys.join(", ");
  const of = (table: string) => keys.map((name) => `${table}.${name}`).join(", ");
  const window = `OVER (PARTITION BY ${key} ORDER BY ${k} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  const ratio = `${q("z")} * (${q("P")} + ${k}) * (${q("Q")} + ${k}) / ((${q("C")} + ${k}) * (${k} + 1))`;
  const tiny = doubleLiteral(dialect, Number.MIN_VALUE);
  const sign = `(1 - 2 * (${q("negatives")} - 2 * FLOOR(${q("negatives")} / 2)))`;
  return [
    "ratios AS (",
    `  SELECT ${of("points")}, integers.${k}, ${ratio} AS ${q("rho")}`,
    `  FROM points JOIN integers ON integers.${k} < points.${q("N")}`,
    "), terms AS (",
    `  SELECT ${key},`,
    `    SUM(ln(GREATEST(ABS(${q("rho")}), ${tiny}))) ${window} AS ${q("logTerm")},`,
    `    SUM(CASE WHEN ${q("rho")} < 0 THEN 1 ELSE 0 END) ${window} AS ${q("negatives")}`,
    "  FROM ratios",
    "), sums AS (",
    `  SELECT ${key}, SUM(${sign} * ${expSql(dialect, q("logTerm"))}) AS ${q("S")}`,
    "  FROM terms",
    `  GROUP BY ${key}`,
    ")",
  ];
}
