import { describe, expect, it } from "vitest";
import { TransactionSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ok = { customerId: "0001", timestamp: "1997-01-01", amount: 29.33 };

describe("TransactionSchema", () => {
  it("accepts the minimal row and every optional field", () => {
    expect(parseInput("f", TransactionSchema, ok)).toEqual({ ...ok, timestamp: new Date("1997-01-01T00:00:00Z") });
    const full = {
      ...ok,
      cost: 10,
      quantity: 2,
      productId: "cd-1",
      channel: "web",
      currency: "USD",
      transactionId: "t1",
    };
    expect(parseInput("f", TransactionSchema, full).quantity).toBe(2);
  });
  it("accepts a zero amount (free items exist in real logs)", () => {
    expect(parseInput("f", TransactionSchema, { ...ok, amount: 0 }).amount).toBe(0);
  });
  it.each([
    ["negative amount", { ...ok, amount: -1 }, "amount", "expected number ≥ 0, received -1"],
    ["NaN amount", { ...ok, amount: Number.NaN }, "amount", "expected number, received NaN"],
    ["string amount", { ...ok, amount: "29.33" }, "amount", "expected number, received string"],
    [
      "missing id",
      { timestamp: "1997-01-01", amount: 1 },
      "customerId",
      "missing required field (expected string | number)",
    ],
    [
      "bad date",
      { ...ok, timestamp: "1997-02-30" },
      "timestamp",
      'expected ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm), received "1997-02-30"',
    ],
    ["zero quantity", { ...ok, quantity: 0 }, "quantity", "expected number > 0, received 0"],
    ["negative cost", { ...ok, cost: -2 }, "cost", "expected number ≥ 0, received -2"],
    [
      "lower-case currency",
      { ...ok, currency: "usd" },
      "currency",
      'expected string matching /^[A-Z]{3}$/, received "usd"',
    ],
  ])("rejects a %s with its path and message", (_name, row, path, message) => {
    const e = expectClienteleError(() => parseInput("f", TransactionSchema, row), "invalid_input");
    expect(issuePaths(e)).toEqual([path]);
    expect(e.issues[0]?.message).toBe(message);
  });
  it("rejects extra junk keys (a misspelt field cannot pass unnoticed)", () => {
    const e = expectClienteleError(() => parseInput("f", TransactionSchema, { ...ok, ammount: 3 }), "invalid_input");
    expect(e.issues[0]).toMatchObject({ code: "unrecognized_keys", message: 'unknown key "ammount"' });
  });
});
