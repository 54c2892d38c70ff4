import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../../src/errors/index.ts";
import { hasControlCharacter, quoteName, quoteTable } from "../../../src/sql/_internal/quoteName.ts";
import type { SqlDialect } from "../../../src/sql/SqlDialect.ts";

function issuePath(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isClienteleError(error, "invalid_input")).toBe(true);
    return (error as { issues: { path: (string | number)[] }[] }).issues[0]!.path.join(".");
  }
  throw new Error("expected invalid_input");
}

describe("quoteName", () => {
  const hostile = 'x"; DROP TABLE t; -- `y` /* z */ \\';
  it.each([
    ["duckdb", '"x""; DROP TABLE t; -- `y` /* z */ \\"'],
    ["postgres", '"x""; DROP TABLE t; -- `y` /* z */ \\"'],
    ["snowflake", '"x""; DROP TABLE t; -- `y` /* z */ \\"'],
    ["bigquery", '`x"; DROP TABLE t; -- \\`y\\` /* z */ \\\\`'],
    ["spark", '`x"; DROP TABLE t; -- ``y`` /* z */ \\`'],
  ] as [SqlDialect, string][])("quotes a hostile name for %s so that it stays one identifier", (dialect, quoted) => {
    expect(quoteName("f", ["name"], dialect, hostile)).toBe(quoted);
  });
  it("leaves plain names plainly quoted", () => {
    expect(quoteName("f", [], "postgres", "customerId")).toBe('"customerId"');
    expect(quoteName("f", [], "spark", "T")).toBe("`T`");
  });
  it("rejects empty names, non-strings and control characters (NUL, newline, DEL, C1) at the path", () => {
    for (const bad of ["", "a\u0000b", "a\nb", "a\rb", "a\u007fb", "a\u0085b", 42, undefined]) {
      expect(issuePath(() => quoteName("f", ["columns", "amount"], "duckdb", bad))).toBe("columns.amount");
    }
  });
  it("rejects a PostgreSQL name over 63 UTF-8 bytes (PostgreSQL would truncate it silently)", () => {
    expect(quoteName("f", [], "postgres", "a".repeat(63))).toBe(`"${"a".repeat(63)}"`);
    expect(issuePath(() => quoteName("f", ["n"], "postgres", "a".repeat(64)))).toBe("n");
    // 32 two-byte characters are 64 bytes.
    expect(issuePath(() => quoteName("f", ["n"], "postgres", "é".repeat(32)))).toBe("n");
    expect(quoteName("f", [], "duckdb", "é".repeat(64))).toBe(`"${"é".repeat(64)}"`);
  });
});

describe("quoteTable", () => {
  it("splits a string at dots and quotes each part", () => {
    expect(quoteTable("f", ["table"], "bigquery", "my-project.sales.orders")).toBe("`my-project`.`sales`.`orders`");
    expect(quoteTable("f", ["table"], "postgres", 's"1.t;x')).toBe('"s""1"."t;x"');
  });
  it("takes an array as the parts, for names that contain a dot", () => {
    expect(quoteTable("f", ["table"], "duckdb", ["sales", "orders.2024"])).toBe('"sales"."orders.2024"');
  });
  it("rejects empty parts and bad shapes at the path", () => {
    expect(issuePath(() => quoteTable("f", ["table"], "duckdb", "a..b"))).toBe("table");
    expect(issuePath(() => quoteTable("f", ["table"], "duckdb", ["a", ""]))).toBe("table.1");
    expect(issuePath(() => quoteTable("f", ["table"], "duckdb", []))).toBe("table");
    expect(issuePath(() => quoteTable("f", ["table"], "duckdb", { name: "t" }))).toBe("table");
  });
});

describe("hasControlCharacter", () => {
  it("finds C0, DEL and C1 characters and nothing else", () => {
    expect(hasControlCharacter("a\tb")).toBe(true);
    expect(hasControlCharacter("a\u009fb")).toBe(true);
    expect(hasControlCharacter("a b;--\"'`")).toBe(false);
    expect(hasControlCharacter("ü\u00a0")).toBe(false);
  });
});
