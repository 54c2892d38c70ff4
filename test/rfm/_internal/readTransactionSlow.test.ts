import { describe, expect, it } from "vitest";
import type { ClienteleIssue } from "../../../src/errors/ClienteleIssue.ts";
import type { FastTransactionFields } from "../../../src/rfm/_internal/readTransactionFast.ts";
import { readTransactionSlow } from "../../../src/rfm/_internal/readTransactionSlow.ts";

describe("readTransactionSlow", () => {
  it("fills the fields of a valid row through the schema (Date timestamps, extra fields)", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
    const issues: ClienteleIssue[] = [];
    const ok = readTransactionSlow(
      { customerId: 7, timestamp: new Date(Date.UTC(2024, 0, 2)), amount: 3.5, currency: "EUR" },
      ["transactions", 0],
      out,
      issues,
    );
    expect(ok).toBe(0);
    expect(out).toEqual({ id: "7", ms: Date.UTC(2024, 0, 2), amount: 3.5, currency: "EUR" }); // ids are strings after the schema
    expect(issues).toEqual([]);
  });

  it("appends the schema's issues under the row's path and returns how many", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
    const issues: ClienteleIssue[] = [];
    expect(
      readTransactionSlow({ customerId: "a", timestamp: "nope", amount: 1 }, ["transactions", 4], out, issues),
    ).toBe(1);
    expect(issues.map((i) => i.path)).toEqual([["transactions", 4, "timestamp"]]);
  });

  it("without an issue list (the caller's is full), counts the schema's issues and builds none", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
    expect(readTransactionSlow({ timestamp: "nope", amount: -1 }, ["t", 0], out, undefined)).toBeGreaterThanOrEqual(3);
    expect(readTransactionSlow({ customerId: "a", timestamp: "2024-01-02", amount: 1 }, ["t", 0], out, undefined)).toBe(
      0,
    );
  });

  it("with allowReturns, validates a negative amount as the purchase of its absolute value and keeps the sign", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
    const issues: ClienteleIssue[] = [];
    const row = { customerId: "a", timestamp: new Date(Date.UTC(2024, 0, 2)), amount: -4.25, channel: "web" };
    expect(readTransactionSlow(row, ["transactions", 1], out, issues, true)).toBe(0);
    expect(out.amount).toBe(-4.25);
    expect(row.amount).toBe(-4.25); // the row is not changed
    expect(readTransactionSlow(row, ["transactions", 1], out, issues)).toBe(1);
    expect(issues.map((i) => i.path)).toEqual([["transactions", 1, "amount"]]);
    // Other fields are still checked; -Infinity and NaN are still rejected.
    const bad: ClienteleIssue[] = [];
    expect(readTransactionSlow({ ...row, channel: "" }, ["t", 2], out, bad, true)).toBe(1);
    expect(readTransactionSlow({ ...row, amount: Number.NEGATIVE_INFINITY }, ["t", 3], out, bad, true)).toBe(1);
    expect(bad.map((i) => i.path)).toEqual([
      ["t", 2, "channel"],
      ["t", 3, "amount"],
    ]);
  });
});
