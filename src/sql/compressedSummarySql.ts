import { dialectSql } from "./_internal/dialectSql.ts";
import { quoteName } from "./_internal/quoteName.ts";
import { buildSummarySql, type SummarySqlOptions } from "./summarySql.ts";

/**
 * Writes one SQL query that summarises a transaction table (as {@link summarySql}) and compresses the
 * summaries into their distinct (frequency, recency, T) triples with the number of customers of each:
 * columns `frequency`, `recency`, `T`, `count`, ordered by frequency, then recency, then T — exactly the
 * triples and counts of `compressSummaries`. Millions of customers become a few thousand rows, which
 * `fitBgNbd`, `fitModifiedBgNbd` and `fitParetoNbd` take as they are once read into columns with
 * {@link parseCompressedRows}.
 *
 * @remarks
 * Times are whole days, or days / 7 for weeks, so equal times are equal doubles and `GROUP BY` merges
 * exactly the triples `compressSummaries` merges. `count` is an integer column.
 *
 * @param options - As for {@link summarySql}.
 * @returns The query, without a trailing semicolon.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link summarySql}.
 * @example
 * ```ts
 * import { compressedSummarySql } from "clientele/sql";
 * const sql = compressedSummarySql({
 *   dialect: "postgres",
 *   table: "sales.orders",
 *   columns: { customerId: "customer_id", timestamp: "ordered_on", amount: "total" },
 *   timestampType: "date",
 *   unit: "week",
 *   calibrationEnd: "1997-09-30",
 *   observationEnd: "1998-06-30",
 *   returns: "drop",
 * });
 * sql.endsWith('ORDER BY "frequency", "recency", "T"'); // => true
 * ```
 * @category SQL
 */
export function compressedSummarySql(options: SummarySqlOptions): string {
  const summary = buildSummarySql("compressedSummarySql", options, false);
  const d = options.dialect; // validated by buildSummarySql
  const q = (name: string) => quoteName("compressedSummarySql", [], d, name);
  const triple = `${q("frequency")}, ${q("recency")}, ${q("T")}`;
  return [
    `SELECT ${triple}, CAST(COUNT(*) AS ${dialectSql(d).integer}) AS ${q("count")}`,
    "FROM (",
    summary.replace(/^/gm, "  "),
    ") AS summaries",
    `GROUP BY ${triple}`,
    `ORDER BY ${triple}`,
  ].join("\n");
}
