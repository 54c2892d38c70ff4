import { describe, expect, it } from "vitest";
import { expectedHoldoutPurchases } from "../../../src/clv/_internal/expectedHoldoutPurchases.ts";
import { checkingDataReaders } from "../../../src/clv/_internal/timeAxisReaders.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { readPredictionModel } from "../../../src/clv/predictions/_internal/readPredictionModel.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const model: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };

describe("expectedHoldoutPurchases", () => {
  it("evaluates each customer over its own holdout length, in input order", () => {
    const read = readPredictionModel("f", model);
    const data = checkingDataReaders[read.kernels.timeAxis](
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
    const out = expectedHoldoutPurchases("f", read, data);
    expect([...out]).toEqual([
      conditionalExpectedPurchases(model, 20, { frequency: 1, recency: 5, T: 10 }),
      conditionalExpectedPurchases(model, 10, { frequency: 0, recency: 0, T: 10 }),
      conditionalExpectedPurchases(model, 10, { frequency: 4, recency: 9, T: 10 }),
    ]);
  });

  it("gives each BG/BB row FHS 2010 eq. 13 over its own n*, count-0 rows included", () => {
    const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    const rows = [
      { frequency: 2, recency: 4, opportunities: 6, holdoutFrequency: 1, holdoutOpportunities: 5 },
      { frequency: 2, recency: 4, opportunities: 6, holdoutFrequency: 0, holdoutOpportunities: 2, count: 0 },
      { frequency: 0, recency: 0, opportunities: 3, holdoutFrequency: 0, holdoutOpportunities: 5, count: 2 },
    ];
    const read = readPredictionModel("f", fit);
    const out = expectedHoldoutPurchases(
      "f",
      read,
      checkingDataReaders[read.kernels.timeAxis]("f", rows, undefined, true),
    );
    expect(Array.from(out)).toEqual(
      rows.map(({ holdoutOpportunities, count: _count, holdoutFrequency: _x, ...p }) =>
        conditionalExpectedPurchases(fit, holdoutOpportunities, p),
      ),
    );
  });

  it("throws domain_error at summaries[i] for a value that cannot be evaluated", () => {
    const read = readPredictionModel("f", model);
    const broken = {
      ...read,
      kernels: { ...read.kernels, conditionalExpectedPurchases: () => () => Number.NaN },
    };
    const data = checkingDataReaders[read.kernels.timeAxis](
      "f",
      [{ customerId: "a", frequency: 1, recency: 2, T: 3, holdoutFrequency: 0, holdoutDuration: 4 }],
      "week",
      true,
    );
    expect(issuePaths(expectClienteleError(() => expectedHoldoutPurchases("f", broken, data), "domain_error"))).toEqual(
      ["summaries[0]"],
    );
  });
});
