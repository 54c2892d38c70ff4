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
    expect(ok).toBe(true);
    expect(out).toEqual({ id: "7", ms: Date.UTC(2024, 0, 2), amount: 3.5, currency: "EUR" }); // ids are strings after the schema
    expect(issues).toEqual([]);
  });

  it("appends the schema's issues under the row's path and returns false", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
    const issues: ClienteleIssue[] = [];
    expect(
      readTransactionSlow({ customerId: "a", timestamp: "nope", amount: 1 }, ["transactions", 4], out, issues),
    ).toBe(false);
    expect(issues.map((i) => i.path)).toEqual([["transactions", 4, "timestamp"]]);
  });

  it("with allowReturns, validates a negative amount as the purchase of its absolute value and keeps the sign", () => {
    const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
    const issues: ClienteleIssue[] = [];
    const row = { customerId: "a", timestamp: new Date(Date.UTC(2024, 0, 2)), amount: -4.25, channel: "web" };
    expect(readTransactionSlow(row, ["transactions", 1], out, issues, true)).toBe(true);
    expect(out.amount).toBe(-4.25);
    expect(row.amount).toBe(-4.25); // the row is not changed
    expect(readTransactionSlow(row, ["transactions", 1], out, issues)).toBe(false);
    expect(issues.map((i) => i.path)).toEqual([["transactions", 1, "amount"]]);
    // Other fields are still checked; -Infinity and NaN are still rejected.
    const bad: ClienteleIssue[] = [];
    expect(readTransactionSlow({ ...row, channel: "" }, ["t", 2], out, bad, true)).toBe(false);
    expect(readTransactionSlow({ ...row, amount: Number.NEGATIVE_INFINITY }, ["t", 3], out, bad, true)).toBe(false);
    expect(bad.map((i) => i.path)).toEqual([
      ["t", 2, "channel"],
      ["t", 3, "amount"],
    ]);
  });
});
