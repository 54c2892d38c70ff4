import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { expectedAverageSpend, fitGammaGamma } from "../../src/clv/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { expectedAverageSpendSql } from "../../src/sql/expectedAverageSpendSql.ts";
import { summarySql } from "../../src/sql/summarySql.ts";
import { cdnowColumns, type Engine, loadCdnowTable, openEngines, worstRelative } from "./_engines.ts";

const cdnow = loadCdnowSample().map((r) => ({ ...r, customerId: String(Number(r.customerId)) }));
const options = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" } as const;
const { rows } = summarizeTransactions(cdnow, options);

describe("expectedAverageSpendSql on DuckDB and PostgreSQL (PGlite)", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    engines = await openEngines();
    for (const engine of engines) {
      await loadCdnowTable(engine, cdnow);
      const source = { dialect: engine.dialect, table: "cdnow", columns: cdnowColumns, timestampType: "date" } as const;
      await engine.exec(`CREATE TABLE summaries AS ${summarySql({ ...source, ...options })}`);
    }
  }, 60_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  it("CDNOW (Fader, Hardie & Lee 2005, p ≈ 6.25, q ≈ 3.74, γ ≈ 15.44): equals expectedAverageSpend to 1e-14 relative, one-time buyers at the population mean", async () => {
    const fit = fitGammaGamma(rows.filter((row) => row.frequency > 0));
    expect(fit.params.p).toBeCloseTo(6.25, 1);
    const expected = expectedAverageSpend(fit, rows);
    for (const engine of engines) {
      const scored = await engine.rows(expectedAverageSpendSql(fit, { dialect: engine.dialect, table: "summaries" }));
      const ids = rows.map((row) => row.customerId);
      expect(worstRelative(scored, "expectedAverageSpend", ids, expected)).toBeLessThanOrEqual(1e-14);
      const oneTime = rows.findIndex((row) => row.frequency === 0);
      const mean = (fit.params.p * fit.params.gamma) / (fit.params.q - 1);
      expect(scored.find((row) => row.customerId === ids[oneTime])!.expectedAverageSpend).toBe(mean);
    }
  }, 60_000);

  it("reads mapped columns, and refuses another model (fit.model) and q ≤ 1 (domain_error)", async () => {
    const fit = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
    const engine = engines[0]!;
    await engine.exec("CREATE TABLE spend (id TEXT, n INTEGER, avg_value DOUBLE)");
    await engine.exec("INSERT INTO spend VALUES ('a', 2, 40), ('b', 0, 0)");
    const sql = expectedAverageSpendSql(fit, {
      dialect: engine.dialect,
      table: "spend",
      columns: { customerId: "id", frequency: "n", monetaryValue: "avg_value" },
    });
    const scored = await engine.rows(`${sql} ORDER BY 1`);
    expect(scored.map((row) => row.expectedAverageSpend)).toEqual([
      expectedAverageSpend(fit, { frequency: 2, monetaryValue: 40 }),
      expectedAverageSpend(fit, { frequency: 0, monetaryValue: 0 }),
    ]);
    const table = { dialect: "duckdb", table: "s" } as const;
    expect(() => expectedAverageSpendSql({ model: "bg-nbd" } as never, table)).toThrow(/fit\.model/);
    try {
      expectedAverageSpendSql({ model: "gamma-gamma", params: { p: 1, q: 1, gamma: 1 } }, table);
      expect.unreachable();
    } catch (error) {
      expect(isClienteleError(error, "domain_error")).toBe(true);
    }
  });
});
