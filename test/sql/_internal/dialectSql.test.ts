import { describe, expect, it } from "vitest";
import { dialectSql, doubleLiteral, integerLiteral, stringLiteral } from "../../../src/sql/_internal/dialectSql.ts";
import { compressedSummarySql } from "../../../src/sql/compressedSummarySql.ts";
import { conditionalExpectedPurchasesSql } from "../../../src/sql/conditionalExpectedPurchasesSql.ts";
import { customerLifetimeValueSql } from "../../../src/sql/customerLifetimeValueSql.ts";
import { expectedAverageSpendSql } from "../../../src/sql/expectedAverageSpendSql.ts";
import { probabilityAliveSql } from "../../../src/sql/probabilityAliveSql.ts";
import type { SqlDialect } from "../../../src/sql/SqlDialect.ts";
import { summarySql } from "../../../src/sql/summarySql.ts";

const golden = (dialect: SqlDialect, name: string) => `../../fixtures/sql/${dialect}/${name}.sql`;

// BigQuery, Snowflake and Spark SQL cannot run here: their text comes from the same builders as the DuckDB and
// PostgreSQL text that the engine tests execute, and is pinned by these golden files (reviewed by hand when they
// change). DuckDB and PostgreSQL are pinned too, so a change to the shared text shows in every dialect.
describe("golden SQL text per dialect", () => {
  const table = {
    table: "shop.orders",
    columns: { customerId: "customer_id", timestamp: "ordered_at", amount: "total" },
  };
  const cdnow = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30", returns: "drop" } as const;
  const fit = { model: "bg-nbd", params: { r: 0.2425945, alpha: 4.4136121, a: 0.7929354, b: 2.4258779 } } as const;
  // Fader, Hardie & Lee (2005, "RFM and CLV"), CDNOW: Pareto/NBD and Gamma-Gamma estimates.
  const pareto = { model: "pareto-nbd", params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6685 } } as const;
  const spend = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
  for (const dialect of ["duckdb", "postgres", "bigquery", "snowflake", "spark"] as const) {
    it(`${dialect}: summary, compressed triples, P(alive), expected purchases, spend and lifetime value`, async () => {
      await expect(summarySql({ dialect, ...table, timestampType: "date", ...cdnow })).toMatchFileSnapshot(
        golden(dialect, "summary-date-week"),
      );
      await expect(
        summarySql({
          dialect,
          ...table,
          timestampType: "timestamptz",
          unit: "day",
          observationEnd: "2024-12-31",
          timeZone: "America/New_York",
          mergeSameDay: false,
          returns: "net",
        }),
      ).toMatchFileSnapshot(golden(dialect, "summary-timestamptz-zone-day"));
      await expect(
        summarySql({
          dialect,
          ...table,
          timestampType: "timestamp",
          unit: "day",
          observationEnd: "2024-12-31",
          timeZone: "+05:30",
          returns: "drop",
        }),
      ).toMatchFileSnapshot(golden(dialect, "summary-timestamp-offset-day"));
      await expect(compressedSummarySql({ dialect, ...table, timestampType: "date", ...cdnow })).toMatchFileSnapshot(
        golden(dialect, "compressed"),
      );
      await expect(probabilityAliveSql(fit, { dialect, table: "shop.summaries" })).toMatchFileSnapshot(
        golden(dialect, "probability-alive-bg-nbd"),
      );
      const scores = { dialect, table: "shop.summaries" };
      await expect(probabilityAliveSql(pareto, scores)).toMatchFileSnapshot(
        golden(dialect, "probability-alive-pareto-nbd"),
      );
      await expect(conditionalExpectedPurchasesSql(fit, 52, scores)).toMatchFileSnapshot(
        golden(dialect, "conditional-expected-purchases-bg-nbd"),
      );
      await expect(conditionalExpectedPurchasesSql(pareto, 52, scores)).toMatchFileSnapshot(
        golden(dialect, "conditional-expected-purchases-pareto-nbd"),
      );
      await expect(expectedAverageSpendSql(spend, scores)).toMatchFileSnapshot(
        golden(dialect, "expected-average-spend"),
      );
      await expect(
        customerLifetimeValueSql(
          {
            countFit: { model: "mbg-nbd", params: fit.params, unit: "week" },
            spendFit: spend,
            horizon: { length: 52, unit: "week" },
            period: 13,
            discountRate: 0.0018,
            margin: 0.3,
          },
          scores,
        ),
      ).toMatchFileSnapshot(golden(dialect, "lifetime-value-mbg-nbd"));
    });
  }
});

describe("dialect pieces", () => {
  it("spells types and day numbers per dialect", () => {
    expect(dialectSql("postgres").double).toBe("DOUBLE PRECISION");
    expect(dialectSql("bigquery").dayNumber("d")).toBe("DATE_DIFF(d, DATE '1970-01-01', DAY)");
    expect(dialectSql("spark").civilDate("`t`", "timestamptz", "'Europe/Paris'")).toBe(
      "to_date(from_utc_timestamp(`t`, 'Europe/Paris'))",
    );
  });
  it("renders literals only from validated values", () => {
    expect(doubleLiteral("duckdb", 0.1)).toBe("CAST(0.1 AS DOUBLE)");
    expect(doubleLiteral("postgres", 1e-300)).toBe("CAST(1e-300 AS DOUBLE PRECISION)");
    expect(() => doubleLiteral("duckdb", Number.NaN)).toThrow(TypeError);
    expect(integerLiteral(-3)).toBe("-3");
    expect(() => integerLiteral(0.5)).toThrow(TypeError);
    expect(stringLiteral("America/New_York")).toBe("'America/New_York'");
    expect(() => stringLiteral("x' OR 1=1 --")).toThrow(TypeError);
    expect(() => stringLiteral("a\nb")).toThrow(TypeError);
  });
});
