import { describe, expect, it } from "vitest";
import { mapPatterns } from "../../../../src/clv/_internal/mapPatterns.ts";
import { bgBbConditionalExpectedPurchases } from "../../../../src/clv/bgBb/_internal/bgBbConditionalExpectedPurchases.ts";
import { bgBbDiscountedResidualPurchases } from "../../../../src/clv/bgBb/_internal/bgBbDiscountedResidualPurchases.ts";
import { bgBbKernels } from "../../../../src/clv/bgBb/_internal/bgBbKernels.ts";
import { bgBbProbabilityAlive } from "../../../../src/clv/bgBb/_internal/bgBbProbabilityAlive.ts";
import { bgBbPurchaseCountProbability } from "../../../../src/clv/bgBb/_internal/bgBbPurchaseCountProbability.ts";
import { checkOpportunityCount } from "../../../../src/clv/bgBb/_internal/checkOpportunityCount.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

describe("bgBbKernels", () => {
  it("is the BG/BB record: α, β, γ, δ, opportunities as the time axis", () => {
    expect(bgBbKernels.model).toBe("bg-bb");
    expect(bgBbKernels.parameters).toEqual(["alpha", "beta", "gamma", "delta"]);
    expect(bgBbKernels.timeAxis).toBe("opportunity");
    expect(bgBbKernels.readHorizon).toBe(checkOpportunityCount);
    expect(bgBbKernels.mapCustomers).toBe(mapPatterns);
  });

  it("holds the BG/BB formulas of Fader, Hardie & Shang (2010), DERT at d per opportunity included", () => {
    expect(bgBbKernels.probabilityAlive(params)(2, 4, 6)).toBe(bgBbProbabilityAlive(params)(2, 4, 6));
    expect(bgBbKernels.conditionalExpectedPurchases(params, 5)(2, 4, 6)).toBe(
      bgBbConditionalExpectedPurchases(params, 5)(2, 4, 6),
    );
    expect(bgBbKernels.purchaseCountProbability(params, 2, 6)).toBe(bgBbPurchaseCountProbability(params, 2, 6));
    expect(bgBbKernels.discountedResidualPurchases?.(params, 0.1)(2, 4, 6)).toBe(
      bgBbDiscountedResidualPurchases(params, 0.1)(2, 4, 6),
    );
  });
});
