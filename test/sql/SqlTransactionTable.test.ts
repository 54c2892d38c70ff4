import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import {
  SqlTableNameSchema,
  SqlTimestampTypeSchema,
  SqlTransactionColumnsSchema,
} from "../../src/sql/SqlTransactionTable.ts";

describe("SQL transaction table schemas", () => {
  it("take a table as a string or its parts", () => {
    expect(safeParse(SqlTableNameSchema, "a.b").success).toBe(true);
    expect(safeParse(SqlTableNameSchema, ["a", "b.c"]).success).toBe(true);
    expect(safeParse(SqlTableNameSchema, 3).success).toBe(false);
  });
  it("require the three columns and no others", () => {
    expect(safeParse(SqlTransactionColumnsSchema, { customerId: "c", timestamp: "t", amount: "a" }).success).toBe(true);
    expect(safeParse(SqlTransactionColumnsSchema, { customerId: "c", timestamp: "t" }).success).toBe(false);
    expect(
      safeParse(SqlTransactionColumnsSchema, { customerId: "c", timestamp: "t", amount: "a", x: "y" }).success,
    ).toBe(false);
  });
  it("know three timestamp types", () => {
    for (const kind of ["date", "timestamp", "timestamptz"])
      expect(safeParse(SqlTimestampTypeSchema, kind).success).toBe(true);
    expect(safeParse(SqlTimestampTypeSchema, "datetime").success).toBe(false);
  });
});
