import { describe, expect, it } from "vitest";
import { bgBbConditionalExpectedPurchases } from "../../../../src/clv/bgBb/_internal/bgBbConditionalExpectedPurchases.ts";
import { bgBbProbabilityAlive } from "../../../../src/clv/bgBb/_internal/bgBbProbabilityAlive.ts";
import { bgNbdConditionalExpectedPurchases } from "../../../../src/clv/bgNbd/_internal/bgNbdConditionalExpectedPurchases.ts";
import { bgNbdProbabilityAlive } from "../../../../src/clv/bgNbd/_internal/bgNbdProbabilityAlive.ts";
import type { CountModel } from "../../../../src/clv/CountModelFit.ts";
import {
  conditionalExpectedPurchasesOf,
  expectedPurchasesOf,
  probabilityAliveOf,
  readCustomersOf,
} from "../../../../src/clv/predictions/_internal/genericPredictions.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const bgNbd: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
const bgBb = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

describe("genericPredictions", () => {
  it("sends a count model to its kernels over (x, t_x, T) and a BG/BB fit to its kernels over (x, t_x, n)", () => {
    const one = readCustomersOf("f", bgNbd, { frequency: 2, recency: 30, T: 38 });
    expect(probabilityAliveOf("f", bgNbd, one)).toBe(bgNbdProbabilityAlive(bgNbd.params as never)(2, 30, 38));
    expect(conditionalExpectedPurchasesOf("f", bgNbd, 52, one)).toBe(
      bgNbdConditionalExpectedPurchases(bgNbd.params as never, 52)(2, 30, 38),
    );
    const pattern = readCustomersOf("f", bgBb, { frequency: 2, recency: 4, opportunities: 6 });
    expect(probabilityAliveOf("f", bgBb, pattern)).toBe(bgBbProbabilityAlive(bgBb.params)(2, 4, 6));
    expect(conditionalExpectedPurchasesOf("f", bgBb, 5, pattern)).toBe(
      bgBbConditionalExpectedPurchases(bgBb.params, 5)(2, 4, 6),
    );
    expect(expectedPurchasesOf("f", bgBb, 5)).toBe(bgBbConditionalExpectedPurchases(bgBb.params, 5)(0, 0, 0));
  });

  it("names the caller in its errors and checks the horizon each model needs", () => {
    const e = expectClienteleError(() => expectedPurchasesOf("myInterval", bgBb, 0.5), "invalid_input");
    expect(e.message).toMatch(/^myInterval:/);
    expect(issuePaths(e)).toEqual(["t"]);
    expect(issuePaths(expectClienteleError(() => expectedPurchasesOf("f", bgNbd, -1), "invalid_input"))).toEqual(["t"]);
    expect(
      issuePaths(expectClienteleError(() => readCustomersOf("f", { model: "x" } as never, {}), "invalid_input")),
    ).toEqual(["fit.model"]);
  });

  it("reads rows and summaries into columns once, in row order, with row paths, in the fit's unit only", () => {
    const rows = [
      { customerId: "a", frequency: 2, recency: 30, T: 38 },
      { customerId: "b", frequency: 0, recency: 0, T: 38 },
    ];
    const read = readCustomersOf("f", bgNbd, rows);
    expect(read.rows).toBe(true);
    expect(read.customers).toEqual({ frequency: [2, 0], recency: [30, 0], T: [38, 38] });
    expect(read.at("T", 1)).toEqual(["customer", 1, "T"]);
    const summary = { rows, metadata: { unit: "day" } };
    const e = expectClienteleError(() => readCustomersOf("f", bgNbd, summary), "invalid_input");
    expect(issuePaths(e)).toEqual(["customer.metadata.unit"]);
    // BG/BB counts opportunities: an OpportunitiesSummary's period is not compared with anything.
    const patterns = readCustomersOf("f", bgBb, {
      rows: [{ frequency: 1, recency: 2, opportunities: 6 }],
      metadata: {},
    });
    expect(patterns.customers).toEqual({ frequency: [1], recency: [2], opportunities: [6] });
  });
});
