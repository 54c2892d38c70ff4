import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { fitBgNbd, fitMbgNbd, fitParetoNbd, probabilityAlive } from "../../src/clv/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { compressedSummarySql } from "../../src/sql/compressedSummarySql.ts";
import { parseCompressedRows } from "../../src/sql/parseCompressedRows.ts";
import { probabilityAliveSql } from "../../src/sql/probabilityAliveSql.ts";
import { summarySql } from "../../src/sql/summarySql.ts";
import { cdnowColumns, type Engine, loadCdnowTable, openEngines } from "./_engines.ts";

const cdnow = loadCdnowSample().map((r) => ({ ...r, customerId: String(Number(r.customerId)) }));
const options = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" } as const;

describe("probabilityAliveSql on DuckDB and PostgreSQL (PGlite): warehouse → compressed → fit → score", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    engines = await openEngines();
    for (const engine of engines) {
      await loadCdnowTable(engine, cdnow);
      const source = {
        dialect: engine.dialect,
        table: "cdnow",
        columns: cdnowColumns,
        timestampType: "date",
        ...options,
      } as const;
      await engine.exec(`CREATE TABLE summaries AS ${summarySql(source)}`);
    }
  }, 60_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  const { rows } = summarizeTransactions(cdnow, options);
  for (const [name, fitOf] of [
    ["BG/NBD (CDNOW, Fader, Hardie & Lee 2005: r ≈ 0.243, α ≈ 4.414, a ≈ 0.793, b ≈ 2.426)", fitBgNbd],
    ["MBG/NBD (CDNOW, Batislam et al. 2007)", fitMbgNbd],
    ["Pareto/NBD (CDNOW; ₂F₁ of A₀ summed as a series bounded by 2^-56 relative)", fitParetoNbd],
  ] as const) {
    it(`${name}: each customer's score equals probabilityAlive to 1e-10 relative`, async () => {
      for (const engine of engines) {
        const sql = compressedSummarySql({
          dialect: engine.dialect,
          table: "cdnow",
          columns: cdnowColumns,
          timestampType: "date",
          ...options,
        });
        const fit = fitOf(parseCompressedRows(await engine.rows(sql)), { unit: "week" });
        if (fit.model === "bg-nbd") {
          expect(fit.params.r).toBeCloseTo(0.243, 3);
          expect(fit.params.b).toBeCloseTo(2.426, 2);
        }
        const expected = probabilityAlive(fit, rows);
        const scored = await engine.rows(probabilityAliveSql(fit, { dialect: engine.dialect, table: "summaries" }));
        expect(scored.length).toBe(rows.length);
        const byId = new Map(scored.map((row) => [row.customerId, row.probabilityAlive as number]));
        rows.forEach((row, i) => {
          const got = byId.get(row.customerId)!;
          expect(Math.abs(got - expected[i]!), `customer ${row.customerId}`).toBeLessThanOrEqual(1e-10 * expected[i]!);
        });
      }
    }, 30_000);
  }

  it("scores extreme customers without overflow or underflow errors (PostgreSQL raises on exp underflow)", async () => {
    const fit = { model: "mbg-nbd", params: { r: 0.5, alpha: 0.01, a: 1, b: 1 }, unit: "week" } as const;
    for (const engine of engines) {
      await engine.exec("CREATE TABLE extreme (id TEXT, x INTEGER, tx DOUBLE PRECISION, age DOUBLE PRECISION)");
      await engine.exec("INSERT INTO extreme VALUES ('far', 400, 0.01, 1000), ('near', 0, 0, 0)");
      const sql = probabilityAliveSql(fit, {
        dialect: engine.dialect,
        table: "extreme",
        columns: { customerId: "id", frequency: "x", recency: "tx", T: "age" },
      });
      const scored = await engine.rows(`${sql} ORDER BY "customerId"`);
      const expected = probabilityAlive(fit, [
        { frequency: 400, recency: 0.01, T: 1000 },
        { frequency: 0, recency: 0, T: 0 },
      ]);
      expect(expected[0]).toBe(0);
      expect(scored.map((row) => row.probabilityAlive)).toEqual([expected[0], expected[1]]);
    }
  }, 30_000);

  it("refuses other models at fit.model and bad parameters at fit.params", () => {
    const expectPath = (run: () => unknown, path: string) => {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(isClienteleError(error, "invalid_input")).toBe(true);
        expect((error as { issues: { path: (string | number)[] }[] }).issues[0]!.path.join(".")).toBe(path);
      }
    };
    const table = { dialect: "duckdb", table: "s" } as const;
    expectPath(() => probabilityAliveSql({ model: "bg-bb", params: {} } as never, table), "fit.model");
    expectPath(
      () => probabilityAliveSql({ model: "bg-nbd", params: { r: -1, alpha: 1, a: 1, b: 1 } }, table),
      "fit.params.r",
    );
    expectPath(
      () =>
        probabilityAliveSql(
          { model: "bg-nbd", params: { r: 1, alpha: 1, a: 1, b: 1 } },
          { ...table, columns: { T: "a\nb" } },
        ),
      "options.columns.T",
    );
  });
});
