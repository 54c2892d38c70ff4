import { describe, expect, it } from "vitest";
import { mapCustomers } from "../../../../src/clv/_internal/mapCustomers.ts";
import { bgNbdConditionalExpectedPurchases } from "../../../../src/clv/bgNbd/_internal/bgNbdConditionalExpectedPurchases.ts";
import { bgNbdKernels } from "../../../../src/clv/bgNbd/_internal/bgNbdKernels.ts";
import { bgNbdProbabilityAlive } from "../../../../src/clv/bgNbd/_internal/bgNbdProbabilityAlive.ts";
import { bgNbdPurchaseCountProbability } from "../../../../src/clv/bgNbd/_internal/bgNbdPurchaseCountProbability.ts";
import { checkHorizon } from "../../../../src/clv/predictions/_internal/checkHorizon.ts";

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("bgNbdKernels", () => {
  it("is the BG/NBD record: its parameters, a continuous time axis, and the count-model readers", () => {
    expect(bgNbdKernels.model).toBe("bg-nbd");
    expect(bgNbdKernels.parameters).toEqual(["r", "alpha", "a", "b"]);
    expect(bgNbdKernels.timeAxis).toBe("fit-unit");
    expect(bgNbdKernels.readHorizon).toBe(checkHorizon);
    expect(bgNbdKernels.mapCustomers).toBe(mapCustomers);
  });

  it("holds the BG/NBD formulas", () => {
    expect(bgNbdKernels.probabilityAlive(params)(3, 20, 30)).toBe(bgNbdProbabilityAlive(params)(3, 20, 30));
    expect(bgNbdKernels.conditionalExpectedPurchases(params, 52)(3, 20, 30)).toBe(
      bgNbdConditionalExpectedPurchases(params, 52)(3, 20, 30),
    );
    expect(bgNbdKernels.purchaseCountProbability(params, 2, 39)).toBe(bgNbdPurchaseCountProbability(params, 2, 39));
    expect(bgNbdKernels.discountedResidualPurchases).toBeUndefined();
  });
});
