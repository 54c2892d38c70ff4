import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { conditionalExpectedPurchases, fitBgNbd, fitMbgNbd, fitParetoNbd } from "../../src/clv/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { conditionalExpectedPurchasesSql } from "../../src/sql/conditionalExpectedPurchasesSql.ts";
import { summarySql } from "../../src/sql/summarySql.ts";
import { cdnowColumns, type Engine, loadCdnowTable, openEngines, worstRelative } from "./_engines.ts";

const cdnow = loadCdnowSample().map((r) => ({ ...r, customerId: String(Number(r.customerId)) }));
const options = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" } as const;
const { rows } = summarizeTransactions(cdnow, options);
const ids = rows.map((row) => row.customerId);

describe("conditionalExpectedPurchasesSql on DuckDB and PostgreSQL (PGlite)", () => {
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
    ["BG/NBD (Fader, Hardie & Lee 2005, CDNOW)", fitBgNbd],
    ["MBG/NBD (Batislam, Denizel & Filiztekin 2007)", fitMbgNbd],
    ["Pareto/NBD (Schmittlein, Morrison & Colombo 1987; Fader & Hardie note 009)", fitParetoNbd],
  ] as const) {
    it(`${name}: E[Y(t) | x, t_x, T] for t = 39, 52 and 104 weeks equals conditionalExpectedPurchases to 1e-10 relative`, async () => {
      const fit = fitOf(rows, { unit: "week" });
      for (const t of [39, 52, 104]) {
        const expected = conditionalExpectedPurchases(fit, t, rows);
        for (const engine of engines) {
          const scored = await engine.rows(
            conditionalExpectedPurchasesSql(fit, t, { dialect: engine.dialect, table: "summaries" }),
          );
          expect(Object.keys(scored[0]!)).toEqual(["customerId", "expectedPurchases"]);
          expect(
            worstRelative(scored, "expectedPurchases", ids, expected),
            `${engine.dialect}, t = ${t}`,
          ).toBeLessThanOrEqual(1e-10);
        }
      }
    }, 60_000);
  }

  it("CDNOW customer 1516 (x = 26, t_x = 30.86, T = 31) expects 25.76 purchases in 52 weeks with FHL 2005's parameters, and short horizons match mpmath to 1e-13", async () => {
    // References: mpmath at 40 digits of (a+b+x−1)/(a−1)·[1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive).
    const fit = { model: "bg-nbd", params: { r: 0.2425945, alpha: 4.4136121, a: 0.7929354, b: 2.4258779 } } as const;
    const reference: [number, string[]][] = [
      [1e-3, ["5.7197114929334686e-6", "3.8598174425583425e-5", "0.0007179910441910066", "1.6580415075828887e-5"]],
      [0.01, ["5.719525747301259e-5", "0.00038596157038166058", "0.0071792360471203348", "0.00016577298466359571"]],
      [52, ["0.25614380129422319", "1.5917517194765031", "25.758864215795407", "0.48061073944596326"]],
    ];
    for (const engine of engines) {
      await engine.exec(
        `CREATE TABLE few AS SELECT * FROM (VALUES ('a', 0, 0.0, 38.0), ('b', 2, 30.0, 38.0), ('c', 26, 30.86, 31.0), ('d', 5, 1.0, 10.0)) AS t("customerId", "frequency", "recency", "T")`,
      );
      for (const [t, values] of reference) {
        const scored = await engine.rows(
          `${conditionalExpectedPurchasesSql(fit, t, { dialect: engine.dialect, table: "few" })} ORDER BY 1`,
        );
        expect(
          worstRelative(scored, "expectedPurchases", ["a", "b", "c", "d"], values.map(Number)),
          `t = ${t}`,
        ).toBeLessThanOrEqual(1e-13);
      }
      const [customer1516] = await engine.rows(
        `${conditionalExpectedPurchasesSql(fit, 52, { dialect: engine.dialect, table: "few" })} ORDER BY 1 OFFSET 2`,
      );
      expect((customer1516!.expectedPurchases as number).toFixed(2)).toBe("25.76");
    }
  }, 60_000);

  it("degenerate BG/NBD and MBG/NBD fits (T1, no dropout: r ≈ 1e6, a ≈ 1e-8) match mpmath to 1e-13, where the JavaScript is 3e-9 and 8e-10 off", async () => {
    const fit = {
      model: "bg-nbd",
      params: { r: 1312307.6402999302, alpha: 13831734.294240126, a: 4.859656695878184e-9, b: 6450636.759042532 },
    } as const;
    for (const engine of engines) {
      await engine.exec(
        `CREATE TABLE degenerate AS SELECT * FROM (VALUES ('a', 6, 27.285714285714285, 56.0)) AS t("customerId", "frequency", "recency", "T")`,
      );
      const scored = await engine.rows(
        conditionalExpectedPurchasesSql(fit, 52, { dialect: engine.dialect, table: "degenerate" }),
      );
      // mpmath, 50 digits, of the closed form (eq. 10 of Fader, Hardie & Lee 2005) at these parameters.
      expect(worstRelative(scored, "expectedPurchases", ["a"], [Number("4.9335847235923093896")])).toBeLessThanOrEqual(
        1e-13,
      );
    }
    // The MBG/NBD fit of T1 (the JavaScript is 7.6e-10 off at t = 13): mpmath, 50 digits.
    const mbg = {
      model: "mbg-nbd",
      params: { r: 538447.6113346638, alpha: 5675248.836813797, a: 7.922168099131782e-8, b: 1023514.8017490451 },
    } as const;
    for (const engine of engines) {
      await engine.exec(
        `CREATE TABLE degenerate2 AS SELECT * FROM (VALUES ('a', 0, 0.0, 6.285714285714286), ('b', 11, 56.142857142857146, 64.0)) AS t("customerId", "frequency", "recency", "T")`,
      );
      const scored = await engine.rows(
        conditionalExpectedPurchasesSql(mbg, 13, { dialect: engine.dialect, table: "degenerate2" }),
      );
      const reference = ["1.2333928248552802605", "1.2334054788914567923"].map(Number);
      expect(worstRelative(scored, "expectedPurchases", ["a", "b"], reference)).toBeLessThanOrEqual(1e-13);
    }
  });

  it("a horizon of 0 gives 0 for every customer", async () => {
    const fit = fitBgNbd(rows, { unit: "week" });
    for (const engine of engines) {
      const scored = await engine.rows(
        conditionalExpectedPurchasesSql(fit, 0, { dialect: engine.dialect, table: "summaries" }),
      );
      expect(scored.every((row) => row.expectedPurchases === 0)).toBe(true);
    }
  });

  it("refuses another model, a bad horizon, and the BG/NBD's singular points", () => {
    const table = { dialect: "duckdb", table: "s" } as const;
    const bg = { model: "bg-nbd", params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 } } as const;
    const path = (run: () => unknown, code: string) => {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(isClienteleError(error, code as "invalid_input")).toBe(true);
        return (error as { issues: { path: (string | number)[] }[] }).issues[0]!.path.join(".");
      }
    };
    expect(
      path(() => conditionalExpectedPurchasesSql({ model: "bg-bb", params: {} } as never, 1, table), "invalid_input"),
    ).toBe("fit.model");
    expect(path(() => conditionalExpectedPurchasesSql(bg, -1, table), "invalid_input")).toBe("t");
    expect(path(() => conditionalExpectedPurchasesSql(bg, Number.NaN, table), "invalid_input")).toBe("t");
    expect(
      path(() => conditionalExpectedPurchasesSql({ ...bg, params: { ...bg.params, a: 1 } }, 1, table), "domain_error"),
    ).toBe("fit.params.a");
    expect(
      path(
        () => conditionalExpectedPurchasesSql({ ...bg, params: { ...bg.params, a: 0.3, b: 0.5 } }, 1, table),
        "domain_error",
      ),
    ).toBe("fit.params.a");
    // t ≫ α: more than 20,000 terms would be needed at T = 0.
    expect(
      path(
        () => conditionalExpectedPurchasesSql({ ...bg, params: { ...bg.params, alpha: 1e-3 } }, 52, table),
        "domain_error",
      ),
    ).toBe("fit.params");
  });
});
