import { describe, expect, it } from "vitest";
import { CurrencyConversionSchema } from "../../src/rfm/CurrencyConversion.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("CurrencyConversionSchema", () => {
  it("accepts a target currency and positive rates (rates[to] absent or 1)", () => {
    expect(parseInput("f", CurrencyConversionSchema, { to: "USD", rates: { EUR: 1.08, USD: 1 } })).toEqual({
      to: "USD",
      rates: { EUR: 1.08, USD: 1 },
    });
  });

  it("rejects bad codes, non-positive or non-finite rates, rates[to] ≠ 1 and unknown keys, with paths", () => {
    const bad = (value: unknown) =>
      issuePaths(expectClienteleError(() => parseInput("f", CurrencyConversionSchema, value, ["c"]), "invalid_input"));
    expect(bad({ to: "usd", rates: {} })).toEqual(["c.to"]);
    expect(bad({ to: "USD", rates: { EUR: 0 } })).toEqual(["c.rates.EUR"]);
    expect(bad({ to: "USD", rates: { EUR: Number.POSITIVE_INFINITY } })).toEqual(["c.rates.EUR"]);
    expect(bad({ to: "USD", rates: { euro: 1 } })).toEqual(["c.rates.euro"]);
    expect(bad({ to: "USD", rates: { USD: 2 } })).toEqual(["c.rates"]);
    expect(bad({ to: "USD", rates: {}, from: "EUR" })).toEqual(["c"]);
  });
});
