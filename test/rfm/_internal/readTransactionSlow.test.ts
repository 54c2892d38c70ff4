import { describe, expect, it } from "vitest";
import type { ClienteleIssue } from "../../../src/errors/ClienteleIssue.ts";
import type { FastTransactionFields } from "../../../src/rfm/_internal/readTransactionFast.ts";
import { readTransactionSlow } from "../../../src/rfm/_internal/readTransactionSlow.ts";

describe("readTransactionSlow", () => {
  it("fills the fields of a valid row through the schema (Date timestamps, extra fields)", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0 };
    const issues: ClienteleIssue[] = [];
    const ok = readTransactionSlow(
      "f",
      { customerId: 7, timestamp: new Date(Date.UTC(2024, 0, 2)), amount: 3.5, currency: "EUR" },
      ["transactions", 0],
      out,
      issues,
    );
    expect(ok).toBe(true);
    expect(out).toEqual({ id: "7", ms: Date.UTC(2024, 0, 2), amount: 3.5 }); // ids are strings after the schema
    expect(issues).toEqual([]);
  });

  it("appends the schema's issues under the row's path and returns false", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0 };
    const issues: ClienteleIssue[] = [];
    expect(
      readTransactionSlow("f", { customerId: "a", timestamp: "nope", amount: 1 }, ["transactions", 4], out, issues),
    ).toBe(false);
    expect(issues.map((i) => i.path)).toEqual([["transactions", 4, "timestamp"]]);
  });
});
