import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { summarySql } from "../../src/sql/summarySql.ts";
import { type Engine, load, openEngines, text } from "./_engines.ts";

// Names an attacker (or an unlucky schema) could choose: quotes, a statement separator, comment markers,
// backticks, a backslash. Each must reach the engine as a name.
const names = {
  schema: 'raw"; DROP TABLE victim; --',
  table: "orders /* x */ ; `t`",
  customerId: 'id") FROM victim; --',
  timestamp: "day'--",
  amount: 'amt\\"`',
};

describe("hostile names stay names on DuckDB and PostgreSQL (PGlite)", () => {
  let engines: Engine[] = [];
  const log = [
    { customerId: "a", timestamp: "2024-01-01", amount: 10 },
    { customerId: "a", timestamp: "2024-01-08", amount: 20 },
    { customerId: "b", timestamp: "2024-01-03", amount: 5 },
  ];
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  beforeAll(async () => {
    engines = await openEngines();
    for (const engine of engines) {
      await engine.exec("CREATE TABLE victim (x INTEGER)");
      await engine.exec("INSERT INTO victim VALUES (1)");
      await engine.exec(`CREATE SCHEMA ${q(names.schema)}`);
      await load(
        engine,
        `${q(names.schema)}.${q(names.table)}`,
        [`${q(names.customerId)} TEXT`, `${q(names.timestamp)} DATE`, `${q(names.amount)} DOUBLE PRECISION`],
        log.map((r) => [text(r.customerId), text(r.timestamp), String(r.amount)]),
      );
    }
  }, 60_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  it("summarises a table whose schema, table and column names are hostile, and leaves the other table alone", async () => {
    const options = { unit: "day", observationEnd: "2024-01-31", returns: "drop" } as const;
    const expected = summarizeTransactions(log, options).rows;
    for (const engine of engines) {
      const sql = summarySql({
        dialect: engine.dialect,
        table: [names.schema, names.table],
        columns: { customerId: names.customerId, timestamp: names.timestamp, amount: names.amount },
        timestampType: "date",
        ...options,
      });
      const rows = await engine.rows(sql);
      expect(rows).toEqual(expected.map((row) => ({ ...row })));
      expect(await engine.rows("SELECT x FROM victim")).toEqual([{ x: 1 }]);
    }
  }, 30_000);
});
