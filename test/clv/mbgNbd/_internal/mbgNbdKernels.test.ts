import { describe, expect, it } from "vitest";
import { mapCustomers } from "../../../../src/clv/_internal/mapCustomers.ts";
import { mbgNbdConditionalExpectedPurchases } from "../../../../src/clv/mbgNbd/_internal/mbgNbdConditionalExpectedPurchases.ts";
import { mbgNbdKernels } from "../../../../src/clv/mbgNbd/_internal/mbgNbdKernels.ts";
import { mbgNbdProbabilityAlive } from "../../../../src/clv/mbgNbd/_internal/mbgNbdProbabilityAlive.ts";
import { mbgNbdPurchaseCountProbability } from "../../../../src/clv/mbgNbd/_internal/mbgNbdPurchaseCountProbability.ts";
import { checkHorizon } from "../../../../src/clv/predictions/_internal/checkHorizon.ts";

const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

describe("mbgNbdKernels", () => {
  it("is the MBG/NBD record: its parameters, a continuous time axis, and the count-model readers", () => {
    expect(mbgNbdKernels.model).toBe("mbg-nbd");
    expect(mbgNbdKernels.parameters).toEqual(["r", "alpha", "a", "b"]);
    expect(mbgNbdKernels.timeAxis).toBe("fit-unit");
    expect(mbgNbdKernels.readHorizon).toBe(checkHorizon);
    expect(mbgNbdKernels.mapCustomers).toBe(mapCustomers);
  });

  it("holds the MBG/NBD formulas", () => {
    expect(mbgNbdKernels.probabilityAlive(params)(3, 20, 30)).toBe(mbgNbdProbabilityAlive(params)(3, 20, 30));
    expect(mbgNbdKernels.conditionalExpectedPurchases(params, 52)(3, 20, 30)).toBe(
      mbgNbdConditionalExpectedPurchases(params, 52)(3, 20, 30),
    );
    expect(mbgNbdKernels.purchaseCountProbability(params, 2, 39)).toBe(mbgNbdPurchaseCountProbability(params, 2, 39));
    expect(mbgNbdKernels.discountedResidualPurchases).toBeUndefined();
  });
});
