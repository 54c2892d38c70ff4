/**
 * Benchmarks of clientele/sql, the warehouse path, on DuckDB in-process (@duckdb/node-api, a dev
 * dependency): a synthetic log of 10,000,000 transactions over 1,000,000 customers made inside DuckDB by
 * hashing the row number (deterministic; generation not timed), then
 *
 * 1. `compressedSummarySql` run by DuckDB (summary + compression of the 10M rows into triples),
 * 2. `parseCompressedRows` + `fitBgNbd` on the triples in Node,
 * 3. `probabilityAliveSql` scoring the 1,000,000 customers into a table, against `probabilityAlive` in
 *    JavaScript on the same 1,000,000 summaries (read into columns beforehand, not timed).
 *
 * One run each (the machine is shared); the notes give Node's heap after each step and the process's
 * peak RSS, which here includes DuckDB's own memory because DuckDB runs inside the process (in a warehouse
 * it would not). Run alone with `npx tsx bench/sql.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { fitBgNbd } from "../src/clv/bgNbd/fitBgNbd.ts";
import { probabilityAlive } from "../src/clv/predictions/probabilityAlive.ts";
import { compressedSummarySql } from "../src/sql/compressedSummarySql.ts";
import { parseCompressedRows } from "../src/sql/parseCompressedRows.ts";
import { probabilityAliveSql } from "../src/sql/probabilityAliveSql.ts";
import { summarySql } from "../src/sql/summarySql.ts";
import type { BenchRow } from "./BenchRow.ts";

const ROWS = 10_000_000;
const CUSTOMERS = 1_000_000;

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);

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

  let t = performance.now();
  const triples = (await db.runAndReadAll(compressedSummarySql(source))).getRowObjectsJS();
  const summaryMs = performance.now() - t;
  rows.push({
    task: "sql: DuckDB summary + compression",
    size,
    ms: summaryMs,
    note: `${triples.length} triples; Node heap ${mb(process.memoryUsage().heapUsed)}, peak RSS ${peakRss()} (DuckDB in-process)`,
  });

  t = performance.now();
  const compressed = parseCompressedRows(triples);
  const fit = fitBgNbd(compressed, { unit: "week" });
  const fitMs = performance.now() - t;
  rows.push({
    task: "sql: read triples + fitBgNbd",
    size: `${triples.length} triples / ${compressed.customers.toLocaleString("en-US")} customers`,
    ms: fitMs,
    note: `total path ${Math.round(summaryMs + fitMs)} ms (target ≤ 10,000); r=${fit.params.r.toFixed(3)}`,
  });

  await db.run(`CREATE TABLE summaries AS ${summarySql(source)}`);
  t = performance.now();
  await db.run(`CREATE TABLE scores AS ${probabilityAliveSql(fit, { dialect: "duckdb", table: "summaries" })}`);
  const sqlScoreMs = performance.now() - t;
  const reader = await db.runAndReadAll(`SELECT "frequency", "recency", "T" FROM summaries`);
  const columns = reader.getColumnsObjectJS() as unknown as { frequency: number[]; recency: number[]; T: number[] };
  t = performance.now();
  const js = probabilityAlive(fit, columns);
  const jsScoreMs = performance.now() - t;
  rows.push({
    task: "sql: DuckDB P(alive) into a table",
    size: `${js.length.toLocaleString("en-US")} customers`,
    ms: sqlScoreMs,
    referenceMs: jsScoreMs,
    note: `reference = probabilityAlive in JavaScript on the same summaries (target: within 3×); ratio ${(sqlScoreMs / jsScoreMs).toFixed(2)}; peak RSS ${peakRss()}`,
  });
  db.closeSync();
  instance.closeSync();
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const row of await runSqlBench()) console.log(row);
}
