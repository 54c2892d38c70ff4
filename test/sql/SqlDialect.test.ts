import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { SqlDialectSchema, sqlDialects } from "../../src/sql/SqlDialect.ts";

describe("SqlDialectSchema", () => {
  it("accepts the five dialects and nothing else", () => {
    for (const dialect of sqlDialects) expect(safeParse(SqlDialectSchema, dialect).success).toBe(true);
    for (const bad of ["mysql", "DuckDB", "", 1, undefined])
      expect(safeParse(SqlDialectSchema, bad).success).toBe(false);
  });
});
