import { describe, expect, it } from "vitest";
import { readBasketAffinityPairs } from "../../../src/accounts/_internal/readBasketAffinities.ts";
import { basketAffinities } from "../../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readBasketAffinityPairs", () => {
  const line = (transactionId: string, productId: string) => ({
    customerId: "c",
    timestamp: new Date("2024-01-01T00:00:00Z"),
    amount: 1,
    transactionId,
    productId,
  });
  it("returns the pairs of basketAffinities' result", () => {
    const a = basketAffinities([line("1", "x"), line("1", "y")], { basketBy: "transactionId", minSupport: 0 });
    expect(readBasketAffinityPairs("f", a)).toEqual(a.pairs);
  });
  it("rejects a confidence above 1 and a missing product", () => {
    const forged = { pairs: [{ productA: "x", count: 1, support: 1, confidenceAToB: 2, confidenceBToA: 1, lift: 1 }] };
    expect(issuePaths(expectClienteleError(() => readBasketAffinityPairs("f", forged), "invalid_input"))).toEqual([
      "affinities.pairs[0].productB",
      "affinities.pairs[0].confidenceAToB",
    ]);
  });
});
