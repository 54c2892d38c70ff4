import { describe, expect, it } from "vitest";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { conditionalExpectedPurchasesInterval } from "../../../src/clv/uncertainty/conditionalExpectedPurchasesInterval.ts";
import { predictionInterval } from "../../../src/clv/uncertainty/predictionInterval.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

describe("conditionalExpectedPurchasesInterval", () => {
  const { fit } = loadCdnowHoldout();

  it("equals predictionInterval with conditionalExpectedPurchases, for one customer and for columns", () => {
    const one = { frequency: 26, recency: 30.86, T: 31 };
    const i = conditionalExpectedPurchasesInterval(fit, 52, one, { seed: 8, draws: 300 });
    expect(i).toEqual(
      predictionInterval(fit, (m) => conditionalExpectedPurchases(m, 52, one), { seed: 8, draws: 300 }),
    );
    expect(i.lower).toBeLessThan(i.estimate);
    expect(i.upper).toBeGreaterThan(i.estimate);
    const columns = { frequency: [0, 2], recency: [0, 30], T: [38, 38] };
    expect(conditionalExpectedPurchasesInterval(fit, 39, columns, { seed: 8, draws: 300 })).toEqual(
      predictionInterval(fit, (m) => conditionalExpectedPurchases(m, 39, columns), { seed: 8, draws: 300 }),
    );
  });

  it("gives a wider interval with a higher level (same seed)", () => {
    const one = { frequency: 3, recency: 20, T: 38 };
    const narrow = conditionalExpectedPurchasesInterval(fit, 52, one, { seed: 2, level: 0.5 });
    const wide = conditionalExpectedPurchasesInterval(fit, 52, one, { seed: 2, level: 0.95 });
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it("throws invalid_input with its own name for a bad t or customer value", () => {
    const e = expectClienteleError(
      () => conditionalExpectedPurchasesInterval(fit, Number.NaN, { frequency: 1, recency: 1, T: 2 }, { seed: 1 }),
      "invalid_input",
    );
    expect(e.message.startsWith("conditionalExpectedPurchasesInterval:")).toBe(true);
    expect(issuePaths(e)).toEqual(["t"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => conditionalExpectedPurchasesInterval(fit, 1, { frequency: [1.5], recency: [1], T: [2] }, { seed: 1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency[0]"]);
  });

  it("does not mutate its inputs", () => {
    const columns = { frequency: [1, 3], recency: [5, 9], T: [10, 10] };
    const copy = structuredClone(columns);
    conditionalExpectedPurchasesInterval(fit, 10, columns, { seed: 1, draws: 20 });
    expect(columns).toEqual(copy);
  });

  it("accepts rows and a TransactionSummary, with the numbers of the columns (issue 16, item 2)", () => {
    const { fit, summary } = loadCdnowHoldout();
    const rows = summary.rows.slice(0, 20);
    const columns = {
      frequency: rows.map((r) => r.frequency),
      recency: rows.map((r) => r.recency),
      T: rows.map((r) => r.T),
    };
    const byRows = conditionalExpectedPurchasesInterval(fit, 52, rows, { seed: 1, draws: 50 });
    expect(byRows).toEqual(conditionalExpectedPurchasesInterval(fit, 52, columns, { seed: 1, draws: 50 }));
    const days = { rows, metadata: { ...summary.metadata, unit: "day" } } as never;
    const e = expectClienteleError(
      () => conditionalExpectedPurchasesInterval(fit, 52, days, { seed: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer.metadata.unit"]);
  });
});
