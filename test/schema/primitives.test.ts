import { describe, expect, it } from "vitest";
import {
  CurrencySchema,
  CustomerIdSchema,
  LabelSchema,
  MoneySchema,
  NonNegativeMoneySchema,
  parseInput,
} from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("CustomerIdSchema", () => {
  it("accepts non-empty strings and non-negative integers, as strings", () => {
    expect(parseInput("f", CustomerIdSchema, "0001")).toBe("0001");
    expect(parseInput("f", CustomerIdSchema, 42)).toBe("42");
  });
  it("rejects empty strings, fractions, negatives and other types", () => {
    for (const bad of ["", 1.5, -1, null, undefined, {}])
      expectClienteleError(() => parseInput("f", CustomerIdSchema, bad), "invalid_input");
  });
});

describe("MoneySchema and NonNegativeMoneySchema", () => {
  it("accept finite numbers; the non-negative form rejects negatives", () => {
    expect(parseInput("f", MoneySchema, -3.5)).toBe(-3.5);
    expect(parseInput("f", NonNegativeMoneySchema, 0)).toBe(0);
    expectClienteleError(() => parseInput("f", NonNegativeMoneySchema, -0.01), "invalid_input");
  });
  it("reject NaN, Infinity and numeric strings", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "12"]) {
      expectClienteleError(() => parseInput("f", MoneySchema, bad), "invalid_input");
    }
  });
});

describe("CurrencySchema and LabelSchema", () => {
  it("accept ISO 4217 codes and non-empty labels", () => {
    expect(parseInput("f", CurrencySchema, "USD")).toBe("USD");
    expect(parseInput("f", LabelSchema, "web")).toBe("web");
  });
  it("reject lower-case or long codes and empty labels", () => {
    for (const bad of ["usd", "US", "USDD"])
      expectClienteleError(() => parseInput("f", CurrencySchema, bad), "invalid_input");
    expectClienteleError(() => parseInput("f", LabelSchema, ""), "invalid_input");
  });
});
