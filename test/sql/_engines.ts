/**
 * The two SQL engines the tests execute the generated queries on, both in-process: DuckDB through
 * @duckdb/node-api and PostgreSQL through PGlite (no server, no network).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";

/** One engine: runs statements and reads a query's rows as plain objects. */
export interface Engine {
  readonly dialect: "duckdb" | "postgres";
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** PostgreSQL only: `COPY … FROM '/dev/blob'` with `text` as the data. */
  copyFrom?(sql: string, text: string): Promise<void>;
  close(): Promise<void>;
}

/** An in-memory DuckDB database. */
export async function openDuckDb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    dialect: "duckdb",
    async exec(sql) {
      await connection.run(sql);
    },
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** An in-memory PostgreSQL database (PGlite). */
export async function openPglite(): Promise<Engine> {
  const db = new PGlite();
  return {
    dialect: "postgres",
    async exec(sql) {
      await db.exec(sql);
    },
    async rows(sql) {
      return (await db.query<Record<string, unknown>>(sql)).rows;
    },
    async copyFrom(sql, data) {
      await db.query(sql, [], { blob: new Blob([data]) });
    },
    async close() {
      await db.close();
    },
  };
}

/** Both engines. */
export async function openEngines(): Promise<Engine[]> {
  return [await openDuckDb(), await openPglite()];
}

/** A SQL string literal for test data (quotes doubled). */
export function text(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Creates `table` with the given quoted column definitions and inserts `rows` (values already rendered as
 * SQL literals), in batches.
 */
export async function load(
  engine: Engine,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<void> {
  await engine.exec(`CREATE TABLE ${table} (${columns.join(", ")})`);
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000).map((row) => `(${row.join(", ")})`);
    await engine.exec(`INSERT INTO ${table} VALUES ${batch.join(", ")}`);
  }
}

/** The CDNOW sample as a table `cdnow(customer_id INTEGER, ordered_on DATE, total DOUBLE PRECISION)`. */
export async function loadCdnowTable(
  engine: Engine,
  log: readonly { customerId: string; timestamp: unknown; amount: number }[],
): Promise<void> {
  await load(
    engine,
    "cdnow",
    ["customer_id INTEGER", "ordered_on DATE", "total DOUBLE PRECISION"],
    log.map((r) => [String(Number(r.customerId)), text(String(r.timestamp)), String(r.amount)]),
  );
}

/** Columns of the `cdnow` table for the SQL builders. */
export const cdnowColumns = { customerId: "customer_id", timestamp: "ordered_on", amount: "total" } as const;

/**
 * Creates `table` with the summary columns of summarizeTransactions ("customerId", "frequency", "recency", "T",
 * "monetaryValue") and loads `rows` through CSV COPY (fast for 100,000 rows on both engines). Doubles are
 * written with String(), which round-trips.
 */
export async function loadSummaries(
  engine: Engine,
  table: string,
  rows: readonly { customerId: string; frequency: number; recency: number; T: number; monetaryValue: number }[],
): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${table} ("customerId" TEXT, "frequency" INTEGER, "recency" DOUBLE PRECISION, "T" DOUBLE PRECISION, "monetaryValue" DOUBLE PRECISION)`,
  );
  const csv = `${rows.map((r) => `${r.customerId},${r.frequency},${r.recency},${r.T},${r.monetaryValue}`).join("\n")}\n`;
  if (engine.copyFrom !== undefined) {
    await engine.copyFrom(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv)`, csv);
    return;
  }
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "clientele-summaries-"));
  const file = join(dir, "summaries.csv");
  writeFileSync(file, csv);
  try {
    await engine.exec(`COPY ${table} FROM ${text(file)} (FORMAT csv, HEADER false)`);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/**
 * The largest relative difference between the engine's scores (column `column`, keyed by "customerId") and
 * the JavaScript values (in the order of `ids`); Infinity for a missing or non-numeric score.
 */
export function worstRelative(
  rows: readonly Record<string, unknown>[],
  column: string,
  ids: readonly string[],
  expected: ArrayLike<number>,
): number {
  const byId = new Map(rows.map((row) => [row.customerId, row[column]]));
  let worst = rows.length === ids.length ? 0 : Number.POSITIVE_INFINITY;
  ids.forEach((id, i) => {
    const got = byId.get(id);
    const want = expected[i]!;
    const rel =
      typeof got === "number" ? (got === want ? 0 : Math.abs(got - want) / Math.abs(want)) : Number.POSITIVE_INFINITY;
    if (!(rel <= worst)) worst = rel;
  });
  return worst;
}
