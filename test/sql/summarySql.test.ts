import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { t1, t1Row, t1Transactions } from "../../bench/_data/t1.ts";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import type { TransactionInput } from "../../src/customers/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { compressSummaries, type SummarizeTransactionsOptions, summarizeTransactions } from "../../src/rfm/index.ts";
import { compressedSummarySql } from "../../src/sql/compressedSummarySql.ts";
import { parseCompressedRows } from "../../src/sql/parseCompressedRows.ts";
import { type SummarySqlOptions, summarySql } from "../../src/sql/summarySql.ts";
import { type Engine, load, openEngines, text } from "./_engines.ts";

const cdnow = loadCdnowSample();
const columns = { customerId: "customer_id", timestamp: "ordered_on", amount: "total" } as const;

/**
 * Rows of the engine and of summarizeTransactions, keyed by customer id, compared field by field: ids and
 * counts exactly, times and values to 1e-12 relative (mismatches collected, one assertion).
 */
function expectSameSummary(sqlRows: Record<string, unknown>[], jsRows: readonly Record<string, unknown>[]): void {
  expect(sqlRows.length).toBe(jsRows.length);
  expect(Object.keys(sqlRows[0]!).sort()).toEqual(Object.keys(jsRows[0]!).sort());
  const byId = new Map(sqlRows.map((row) => [row.customerId, row]));
  const mismatches: string[] = [];
  for (const js of jsRows) {
    const row = byId.get(js.customerId);
    if (row === undefined) {
      mismatches.push(`customer ${String(js.customerId)} missing`);
      continue;
    }
    for (const key in js) {
      const want = js[key];
      const got = row[key];
      const exact = key === "customerId" || key === "frequency" || key === "holdoutFrequency";
      const ok = exact
        ? got === want
        : typeof got === "number" && Math.abs(got - (want as number)) <= 1e-12 * Math.max(1, Math.abs(want as number));
      if (!ok && mismatches.length < 10)
        mismatches.push(`${key} of ${String(js.customerId)}: ${String(got)} ≠ ${String(want)}`);
    }
  }
  expect(mismatches).toEqual([]);
}

function cdnowSql(
  options: Omit<SummarySqlOptions, "dialect" | "table" | "columns" | "timestampType">,
  dialect: Engine["dialect"],
) {
  return summarySql({ dialect, table: "cdnow", columns, timestampType: "date", ...options });
}

describe("summarySql on DuckDB and PostgreSQL (PGlite)", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    engines = await openEngines();
    for (const engine of engines) {
      await load(
        engine,
        "cdnow",
        ["customer_id INTEGER", "ordered_on DATE", "total DOUBLE PRECISION"],
        cdnow.map((r) => [String(Number(r.customerId)), text(String(r.timestamp)), String(r.amount)]),
      );
    }
  }, 60_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  // customer ids are 4-digit strings ("0001") in the loader; the table stores integers, so compare on
  // the integer's text.
  const js = (options: SummarizeTransactionsOptions) =>
    summarizeTransactions(
      cdnow.map((r) => ({ ...r, customerId: String(Number(r.customerId)) })),
      options,
    ).rows as unknown as Record<string, unknown>[];

  const cases: [string, Omit<SummarySqlOptions, "dialect" | "table" | "columns" | "timestampType">][] = [
    [
      "CDNOW calibration/holdout in weeks (Fader, Hardie & Lee 2005: 1997-09-30 / 1998-06-30)",
      { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" },
    ],
    ["CDNOW whole window in days, no holdout", { unit: "day", observationEnd: "1998-06-30", returns: "drop" }],
    [
      "CDNOW without same-day merging (first purchase: earliest date, then smallest amount)",
      {
        unit: "week",
        calibrationEnd: "1997-09-30",
        observationEnd: "1998-06-30",
        mergeSameDay: false,
        returns: "drop",
      },
    ],
    [
      "CDNOW with an observation end that cuts the log (rows after it excluded)",
      { unit: "day", calibrationEnd: "1997-03-31", observationEnd: "1997-06-30", returns: "net" },
    ],
  ];
  for (const [name, options] of cases) {
    it(`${name}: equals summarizeTransactions row for row`, async () => {
      const expected = js(options);
      for (const engine of engines) {
        expectSameSummary(await engine.rows(cdnowSql(options, engine.dialect)), expected);
      }
    });
  }

  it("places instants on their civil date in the time zone (IANA with DST, fixed offsets), for timestamptz and timestamp columns", async () => {
    // Seeded instants clustered around midnights and the 2020 US DST changes.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const base = Date.UTC(2020, 2, 1);
    const log: TransactionInput[] = [];
    for (let i = 0; i < 600; i++) {
      const day = Math.floor(next() * 260);
      const minute = Math.floor(next() * 24 * 60);
      const ms = base + day * 86_400_000 + minute * 60_000;
      log.push({
        customerId: `c${Math.floor(next() * 60)}`,
        timestamp: new Date(ms).toISOString(),
        amount: Math.round(next() * 10_000) / 100 - (next() < 0.05 ? 80 : 0),
      });
    }
    for (const engine of engines) {
      const tz = engine.dialect === "duckdb" ? "TIMESTAMPTZ" : "TIMESTAMP WITH TIME ZONE";
      await load(
        engine,
        "instants",
        ["cid VARCHAR(8)", `at_tz ${tz}`, "at_utc TIMESTAMP", "amt DOUBLE PRECISION"],
        log.map((r) => {
          const iso = String(r.timestamp);
          return [
            text(String(r.customerId)),
            `${tz} ${text(iso)}`,
            `TIMESTAMP ${text(iso.slice(0, 19).replace("T", " "))}`,
            String(r.amount),
          ];
        }),
      );
    }
    for (const timeZone of ["UTC", "America/New_York", "Asia/Kolkata", "+05:30", "-03:00"]) {
      for (const returns of ["drop", "net"] as const) {
        const options = {
          unit: "week",
          calibrationEnd: "2020-08-31",
          observationEnd: "2020-10-31",
          timeZone,
          returns,
        } as const;
        const expected = summarizeTransactions(log, options).rows as unknown as Record<string, unknown>[];
        for (const engine of engines) {
          for (const [timestamp, timestampType] of [
            ["at_tz", "timestamptz"],
            ["at_utc", "timestamp"],
          ] as const) {
            const sql = summarySql({
              dialect: engine.dialect,
              table: "instants",
              columns: { customerId: "cid", timestamp, amount: "amt" },
              timestampType,
              ...options,
            });
            expectSameSummary(await engine.rows(sql), expected);
          }
        }
      }
    }
  }, 60_000);
});

describe("summarySql refuses what a query cannot do, at the option's path", () => {
  const base = {
    dialect: "duckdb",
    table: "t",
    columns: { customerId: "c", timestamp: "t", amount: "a" },
    timestampType: "date",
    unit: "week",
    observationEnd: "1998-06-30",
    returns: "drop",
  } as const;
  const cases: [string, Record<string, unknown>, string][] = [
    ["calendar-month units", { unit: "month" }, "unit"],
    ["the default returns: reject", { returns: undefined }, "returns"],
    ["currency conversion", { convertCurrency: { to: "EUR", rates: { USD: 0.9 } } }, "convertCurrency"],
    ["rowsAfterObservationEnd: throw", { rowsAfterObservationEnd: "throw" }, "rowsAfterObservationEnd"],
    ["a calibration end after the observation end", { calibrationEnd: "1998-07-01" }, "calibrationEnd"],
    ["an unknown dialect", { dialect: "mysql" }, "dialect"],
    ["a missing timestampType", { timestampType: undefined }, "timestampType"],
    ["an unknown option", { unkown: 1 }, ""],
  ];
  for (const [name, patch, path] of cases) {
    it(`refuses ${name} with invalid_input`, () => {
      try {
        summarySql({ ...base, ...patch } as unknown as SummarySqlOptions);
        expect.unreachable();
      } catch (error) {
        expect(isClienteleError(error, "invalid_input")).toBe(true);
        const issues = (error as { issues: { path: (string | number)[] }[] }).issues;
        expect(issues[0]!.path.join(".")).toBe(path === "" ? "options" : `options.${path}`);
      }
    });
  }
});

describe("summarySql on the 1,000,000-row T1 log (bench/peer-reference.md), DuckDB and PostgreSQL (PGlite)", () => {
  it("equals summarizeTransactions row for row, and the triples equal compressSummaries", async () => {
    const options = {
      unit: "week",
      calibrationEnd: "2021-06-30",
      observationEnd: "2021-12-31",
      returns: "drop",
    } as const;
    const log = t1Transactions(0, t1.rows);
    const expected = summarizeTransactions(log, options).rows;
    const lines: string[] = new Array(t1.rows);
    const row = { customer: 0, dayOffset: 0, cents: 0 };
    for (let i = 0; i < t1.rows; i++) {
      t1Row(i, row);
      lines[i] = `${row.customer},${row.dayOffset},${row.cents}`;
    }
    const csv = `${lines.join("\n")}\n`;
    const engines = await openEngines();
    try {
      for (const engine of engines) {
        await engine.exec("CREATE TABLE raw (customer INTEGER, day_offset INTEGER, cents INTEGER)");
        if (engine.dialect === "duckdb") {
          const file = join(mkdtempSync(join(tmpdir(), "clientele-t1-")), "t1.csv");
          writeFileSync(file, csv);
          await engine.exec(`COPY raw FROM ${text(file)} (FORMAT csv, HEADER false)`);
          rmSync(file);
        } else {
          await engine.copyFrom!("COPY raw FROM '/dev/blob' WITH (FORMAT csv)", csv);
        }
        await engine.exec(
          "CREATE TABLE t1 AS SELECT customer, DATE '2020-01-01' + day_offset AS day, CAST(cents AS DOUBLE PRECISION) / 100 AS amount FROM raw",
        );
        const source = {
          dialect: engine.dialect,
          table: "t1",
          columns: { customerId: "customer", timestamp: "day", amount: "amount" },
          timestampType: "date",
          ...options,
        } as const;
        expectSameSummary(await engine.rows(summarySql(source)), expected as unknown as Record<string, unknown>[]);
        expect(parseCompressedRows(await engine.rows(compressedSummarySql(source)))).toEqual(
          compressSummaries(expected),
        );
      }
    } finally {
      for (const engine of engines) await engine.close();
    }
  }, 300_000);
});
