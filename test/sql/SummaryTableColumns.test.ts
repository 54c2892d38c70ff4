import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { SummaryTableColumnsSchema } from "../../src/sql/SummaryTableColumns.ts";

describe("SummaryTableColumnsSchema", () => {
  it("takes any subset of the five columns (monetaryValue for spend and lifetime value), and nothing else", () => {
    expect(safeParse(SummaryTableColumnsSchema, {}).success).toBe(true);
    expect(safeParse(SummaryTableColumnsSchema, { customerId: "id", T: "age" }).success).toBe(true);
    expect(safeParse(SummaryTableColumnsSchema, { monetaryValue: "m" }).success).toBe(true);
    expect(safeParse(SummaryTableColumnsSchema, { amount: "m" }).success).toBe(false);
    expect(safeParse(SummaryTableColumnsSchema, { T: 1 }).success).toBe(false);
  });
});
