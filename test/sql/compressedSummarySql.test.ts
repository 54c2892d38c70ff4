import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { compressSummaries, summarizeTransactions } from "../../src/rfm/index.ts";
import { compressedSummarySql } from "../../src/sql/compressedSummarySql.ts";
import { parseCompressedRows } from "../../src/sql/parseCompressedRows.ts";
import { cdnowColumns, type Engine, loadCdnowTable, openEngines } from "./_engines.ts";

const cdnow = loadCdnowSample().map((r) => ({ ...r, customerId: String(Number(r.customerId)) }));

describe("compressedSummarySql on DuckDB and PostgreSQL (PGlite)", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    engines = await openEngines();
    for (const engine of engines) await loadCdnowTable(engine, cdnow);
  }, 60_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  for (const unit of ["week", "day"] as const) {
    it(`CDNOW (${unit}s, calibration to 1997-09-30): the triples and counts equal compressSummaries exactly`, async () => {
      const options = { unit, calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" } as const;
      const expected = compressSummaries(summarizeTransactions(cdnow, options).rows);
      expect(expected.customers).toBe(2357);
      for (const engine of engines) {
        const sql = compressedSummarySql({
          dialect: engine.dialect,
          table: "cdnow",
          columns: cdnowColumns,
          timestampType: "date",
          ...options,
        });
        const rows = await engine.rows(sql);
        expect(Object.keys(rows[0]!)).toEqual(["frequency", "recency", "T", "count"]);
        expect(parseCompressedRows(rows)).toEqual(expected);
      }
    }, 30_000);
  }

  it("throws what summarySql throws, at the same path", () => {
    try {
      compressedSummarySql({
        dialect: "duckdb",
        table: "t",
        columns: { ...cdnowColumns, amount: "" },
        timestampType: "date",
        unit: "week",
        observationEnd: "1998-06-30",
        returns: "drop",
      });
      expect.unreachable();
    } catch (error) {
      expect(isClienteleError(error, "invalid_input")).toBe(true);
      expect((error as { issues: { path: string[] }[] }).issues[0]!.path).toEqual(["options", "columns", "amount"]);
    }
  });
});
