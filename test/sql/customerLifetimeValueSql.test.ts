import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { customerLifetimeValue, fitBgNbd, fitGammaGamma, fitMbgNbd, fitParetoNbd } from "../../src/clv/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { customerLifetimeValueSql } from "../../src/sql/customerLifetimeValueSql.ts";
import { summarySql } from "../../src/sql/summarySql.ts";
import { cdnowColumns, type Engine, loadCdnowTable, openEngines, worstRelative } from "./_engines.ts";

const cdnow = loadCdnowSample().map((r) => ({ ...r, customerId: String(Number(r.customerId)) }));
const options = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" } as const;
const { rows } = summarizeTransactions(cdnow, options);
const spendFit = fitGammaGamma(rows.filter((row) => row.frequency > 0));

describe("customerLifetimeValueSql on DuckDB and PostgreSQL (PGlite)", () => {
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

  for (const [name, fitOf] of [
    ["BG/NBD", fitBgNbd],
    ["MBG/NBD", fitMbgNbd],
    ["Pareto/NBD", fitParetoNbd],
  ] as const) {
    it(`${name} + Gamma-Gamma on CDNOW: 52 weeks in 4-week periods at 0.18% a week, and a year of 13-week periods given in days, equal customerLifetimeValue to 1e-10 relative`, async () => {
      const countFit = fitOf(rows, { unit: "week" });
      for (const valuation of [
        { horizon: 52, period: 4, discountRate: 0.0018, margin: 0.3 },
        {
          horizon: { length: 364, unit: "day" },
          period: { length: 91, unit: "day" },
          discountRate: { rate: 0.01, per: "week" },
          margin: 1,
        },
      ] as const) {
        const input = { countFit, spendFit, ...valuation };
        const expected = customerLifetimeValue({ ...input, customers: rows }) as Float64Array;
        for (const engine of engines) {
          const scored = await engine.rows(
            customerLifetimeValueSql(input, { dialect: engine.dialect, table: "summaries" }),
          );
          const ids = rows.map((row) => row.customerId);
          expect(worstRelative(scored, "lifetimeValue", ids, expected), engine.dialect).toBeLessThanOrEqual(1e-10);
        }
      }
    }, 120_000);
  }

  it("a horizon of 0 values every customer at 0", async () => {
    const input = { countFit: fitBgNbd(rows, { unit: "week" }), spendFit, horizon: 0, discountRate: 0, margin: 1 };
    for (const engine of engines) {
      const scored = await engine.rows(
        customerLifetimeValueSql(input, { dialect: engine.dialect, table: "summaries" }),
      );
      expect(scored.length).toBe(rows.length);
      expect(scored.every((row) => row.lifetimeValue === 0)).toBe(true);
    }
  });

  it("refuses what the SQL does not value, at its path: no unit, inexact units, too many periods, a bad margin", () => {
    const countFit = { model: "bg-nbd", params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, unit: "week" } as const;
    const base = { countFit, spendFit, horizon: 52, discountRate: 0.001, margin: 0.3 };
    const table = { dialect: "postgres", table: "s" } as const;
    const pathOf = (input: unknown) => {
      try {
        customerLifetimeValueSql(input as never, table);
        expect.unreachable();
      } catch (error) {
        expect(isClienteleError(error, "invalid_input")).toBe(true);
        return (error as { issues: { path: (string | number)[] }[] }).issues[0]!.path.join(".");
      }
    };
    expect(pathOf({ ...base, countFit: { ...countFit, unit: undefined } })).toBe("countFit.unit");
    expect(pathOf({ ...base, discountRate: { rate: 0.1, per: "year" } })).toBe("discountRate.per");
    expect(pathOf({ ...base, horizon: 5000 })).toBe("horizon");
    expect(pathOf({ ...base, horizon: 10, period: 3 })).toBe("horizon");
    expect(pathOf({ ...base, margin: 2 })).toBe("margin");
    expect(pathOf({ ...base, spendFit: { model: "gamma" } })).toBe("spendFit.model");
  });
});
