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
