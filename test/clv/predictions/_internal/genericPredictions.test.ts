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
} from "../../../../src/clv/predictions/_internal/genericPredictions.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

const bgNbd: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
const bgBb = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

describe("genericPredictions", () => {
  it("sends a count model to its kernels over (x, t_x, T) and a BG/BB fit to its kernels over (x, t_x, n)", () => {
    expect(probabilityAliveOf("f", bgNbd, { frequency: 2, recency: 30, T: 38 })).toBe(
      bgNbdProbabilityAlive(bgNbd.params as never)(2, 30, 38),
    );
    expect(conditionalExpectedPurchasesOf("f", bgNbd, 52, { frequency: 2, recency: 30, T: 38 })).toBe(
      bgNbdConditionalExpectedPurchases(bgNbd.params as never, 52)(2, 30, 38),
    );
    const pattern = { frequency: 2, recency: 4, opportunities: 6 };
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
      issuePaths(expectClienteleError(() => probabilityAliveOf("f", { model: "x" } as never, {}), "invalid_input")),
    ).toEqual(["fit.model"]);
  });
});
