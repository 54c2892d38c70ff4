/**
 * Benchmarks of clientele/sql, the warehouse path, on DuckDB in-process (@duckdb/node-api, a dev
 * dependency): a synthetic log of 10,000,000 transactions over 1,000,000 customers made inside DuckDB by
 * hashing the row number (deterministic; generation and loading are not timed: in a warehouse the table
 * exists), then
 *
 * 1. `compressedSummarySql` run by DuckDB (summary + compression of the 10M rows into triples),
 * 2. `parseCompressedRows` + `fitBgNbd` on the triples in Node — steps 1 + 2 are the path the issue times
 *    (target ≤ 10 s),
 * 3. scoring the 1,000,000 customers into a table with `probabilityAliveSql` and
 *    `conditionalExpectedPurchasesSql` (52 weeks), against `probabilityAlive` and
 *    `conditionalExpectedPurchases` in JavaScript on the same summaries (read into columns beforehand, not
 *    timed); target: within 3× of JavaScript. Scores: median of 3.
 *
 * Each row gives wall time and the process's CPU time (DuckDB's threads run inside the process, so its CPU
 * time counts: on a loaded machine the wall time mostly measures waiting). The notes give Node's heap after
 * each step and the process's peak RSS, which here includes DuckDB's own memory (in a warehouse it would not
 * be in Node at all). Run alone with `npx tsx bench/sql.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { fitBgNbd } from "../src/clv/bgNbd/fitBgNbd.ts";
import { conditionalExpectedPurchases } from "../src/clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../src/clv/predictions/probabilityAlive.ts";
import { compressedSummarySql } from "../src/sql/compressedSummarySql.ts";
import { conditionalExpectedPurchasesSql } from "../src/sql/conditionalExpectedPurchasesSql.ts";
import { parseCompressedRows } from "../src/sql/parseCompressedRows.ts";
import { probabilityAliveSql } from "../src/sql/probabilityAliveSql.ts";
import { summarySql } from "../src/sql/summarySql.ts";
import type { BenchRow } from "./BenchRow.ts";

const ROWS = 10_000_000;
const CUSTOMERS = 1_000_000;

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);
const heap = () => mb(process.memoryUsage().heapUsed);

/** Wall and process CPU time (user + system, all threads) of `run`, in ms. */
async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Median of three runs (wall and CPU each). */
async function median3(run: () => Promise<unknown> | unknown): Promise<{ ms: number; cpuMs: number }> {
  const runs = [await timed(run), await timed(run), await timed(run)];
  const mid = (values: number[]) => values.sort((a, b) => a - b)[1]!;
  return { ms: mid(runs.map((r) => r.ms)), cpuMs: mid(runs.map((r) => r.cpuMs)) };
}

/** Runs the warehouse-path benchmark and returns its rows. */
export async function runSqlBench(): Promise<BenchRow[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  await db.run(
    `CREATE TABLE orders AS SELECT CAST(hash(i) % ${CUSTOMERS} AS INTEGER) AS customer_id,
       DATE '2023-01-01' + CAST(hash(i * 7 + 1) % 730 AS INTEGER) AS ordered_on,
       CAST(hash(i * 13 + 5) % 10000 AS DOUBLE) / 100 AS total
     FROM range(${ROWS}) AS t(i)`,
  );
  const source = {
    dialect: "duckdb",
    table: "orders",
    columns: { customerId: "customer_id", timestamp: "ordered_on", amount: "total" },
    timestampType: "date",
    unit: "week",
    calibrationEnd: "2024-06-30",
    observationEnd: "2024-12-31",
    returns: "drop",
  } as const;
  const size = `${ROWS.toLocaleString("en-US")} rows / ${CUSTOMERS.toLocaleString("en-US")} customers`;
  const rows: BenchRow[] = [];
  const cpu = (ms: number) => `${Math.round(ms)} ms CPU`;

  const summary = await timed(async () => (await db.runAndReadAll(compressedSummarySql(source))).getRowObjectsJS());
  const triples = summary.value;
  rows.push({
    task: "sql: DuckDB summary + compression",
    size,
    ms: summary.ms,
    note: `${triples.length} triples; ${cpu(summary.cpuMs)} (DuckDB's threads); Node heap ${heap()}, peak RSS ${peakRss()} (DuckDB in-process)`,
  });

  const fit = await timed(() => fitBgNbd(parseCompressedRows(triples), { unit: "week" }));
  const path = summary.ms + fit.ms;
  rows.push({
    task: "sql: read triples + fitBgNbd",
    size: `${triples.length} triples`,
    ms: fit.ms,
    note: `${cpu(fit.cpuMs)}; r=${fit.value.params.r.toFixed(3)}; Node heap ${heap()}, peak RSS ${peakRss()}`,
  });
  rows.push({
    task: "sql: 10M-row path (summary + compression + fit)",
    size,
    ms: path,
    targetMs: 10_000,
    note: `${cpu(summary.cpuMs + fit.cpuMs)}; generation and loading not timed`,
  });

  await db.run(`CREATE TABLE summaries AS ${summarySql(source)}`);
  const reader = await db.runAndReadAll(`SELECT "frequency", "recency", "T" FROM summaries`);
  const columns = reader.getColumnsObjectJS() as unknown as { frequency: number[]; recency: number[]; T: number[] };
  const customers = `${columns.T.length.toLocaleString("en-US")} customers`;
  const model = fit.value;
  let n = 0;
  for (const [task, sql, js] of [
    [
      "P(alive)",
      probabilityAliveSql(model, { dialect: "duckdb", table: "summaries" }),
      () => probabilityAlive(model, columns),
    ],
    [
      "E[Y(52 weeks)]",
      conditionalExpectedPurchasesSql(model, 52, { dialect: "duckdb", table: "summaries" }),
      () => conditionalExpectedPurchases(model, 52, columns),
    ],
  ] as const) {
    const inSql = await median3(async () => {
      n++;
      await db.run(`CREATE TABLE scores_${n} AS ${sql}`);
    });
    const inJs = await median3(js);
    rows.push({
      task: `sql: DuckDB ${task} of every customer into a table`,
      size: customers,
      ms: inSql.ms,
      referenceMs: inJs.ms,
      note: `reference = the JavaScript function on the same summaries (target: within 3×); wall ratio ${(inSql.ms / inJs.ms).toFixed(2)}, CPU ${cpu(inSql.cpuMs)} vs ${cpu(inJs.cpuMs)} (ratio ${(inSql.cpuMs / inJs.cpuMs).toFixed(2)}); peak RSS ${peakRss()}`,
    });
  }
  db.closeSync();
  instance.closeSync();
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const row of await runSqlBench()) console.log(row);
}
