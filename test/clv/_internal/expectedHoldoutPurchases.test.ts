import { describe, expect, it } from "vitest";
import { expectedHoldoutPurchases } from "../../../src/clv/_internal/expectedHoldoutPurchases.ts";
import { readHoldoutSummaries } from "../../../src/clv/_internal/readHoldoutSummaries.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";

const model: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };

describe("expectedHoldoutPurchases", () => {
  it("evaluates each customer over its own holdout length, in input order", () => {
    const data = readHoldoutSummaries(
      "f",
      {
        customerId: [1, 2, 3],
        frequency: [1, 0, 4],
        recency: [5, 0, 9],
        T: [10, 10, 10],
        holdoutFrequency: [0, 0, 0],
        holdoutDuration: [20, 10, 10],
      },
      "week",
      true,
    );
    const out = expectedHoldoutPurchases("f", model, data);
    expect([...out]).toEqual([
      conditionalExpectedPurchases(model, 20, { frequency: 1, recency: 5, T: 10 }),
      conditionalExpectedPurchases(model, 10, { frequency: 0, recency: 0, T: 10 }),
      conditionalExpectedPurchases(model, 10, { frequency: 4, recency: 9, T: 10 }),
    ]);
  });
});
