import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/sql/index.ts";

describe("clientele/sql facade", () => {
  it("exports the SQL builders, the result reader and the schemas, also from the root", () => {
    expect(root.summarySql).toBe(facade.summarySql);
    expect(root.compressedSummarySql).toBe(facade.compressedSummarySql);
    expect(root.probabilityAliveSql).toBe(facade.probabilityAliveSql);
    expect(root.parseCompressedRows).toBe(facade.parseCompressedRows);
    expect(root.conditionalExpectedPurchasesSql).toBe(facade.conditionalExpectedPurchasesSql);
    expect(root.expectedAverageSpendSql).toBe(facade.expectedAverageSpendSql);
    expect(root.customerLifetimeValueSql).toBe(facade.customerLifetimeValueSql);
    expect(root.SummarySqlOptionsSchema).toBe(facade.SummarySqlOptionsSchema);
    expect(root.sqlDialects).toEqual(["duckdb", "postgres", "bigquery", "snowflake", "spark"]);
    expect(typeof facade.summarySql).toBe("function");
  });
});
