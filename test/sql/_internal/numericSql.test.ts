import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expm1Sql, expSql, integersSql, log1pSql, logisticSql } from "../../../src/sql/_internal/numericSql.ts";
import { type Engine, openEngines } from "../_engines.ts";

describe("numerics the dialects lack, on DuckDB and PostgreSQL (PGlite)", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    engines = await openEngines();
  }, 60_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  it("log1p and expm1 keep full relative accuracy near 0 (where ln(1 + u) and exp(v) − 1 lose it), exp and the logistic never raise", async () => {
    for (const engine of engines) {
      const d = engine.dialect;
      const values = [1e-12, -3e-7, 2e-4, -9e-4, 0.5, 3];
      for (const u of values) {
        const cast = `CAST(${u} AS DOUBLE PRECISION)`;
        const [row] = await engine.rows(
          `SELECT ${log1pSql(d, cast)} AS l, ${expm1Sql(d, cast)} AS e, ${expSql(d, "CAST(-800 AS DOUBLE PRECISION)")} AS z, ${logisticSql(d, "CAST(-900 AS DOUBLE PRECISION)")} AS p`,
        );
        expect(Math.abs((row!.l as number) / Math.log1p(u) - 1), `log1p(${u})`).toBeLessThan(1e-12);
        expect(Math.abs((row!.e as number) / Math.expm1(u) - 1), `expm1(${u})`).toBeLessThan(1e-12);
        expect(row!.z).toBe(0);
        expect(row!.p).toBe(1);
      }
      const integers = await engine.rows(
        `SELECT COUNT(*) AS n, MIN(k) AS lo, MAX(k) AS hi FROM (${integersSql(d, "k", 7)}) AS t`,
      );
      expect(integers.map((row) => [Number(row.n), row.lo, row.hi])).toEqual([[7, 0, 6]]);
    }
  }, 60_000);
});
