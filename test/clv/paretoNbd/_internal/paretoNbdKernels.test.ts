import { describe, expect, it } from "vitest";
import { mapCustomers } from "../../../../src/clv/_internal/mapCustomers.ts";
import { paretoNbdConditionalExpectedPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdConditionalExpectedPurchases.ts";
import { paretoNbdDiscountedResidualPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedResidualPurchases.ts";
import { paretoNbdKernels } from "../../../../src/clv/paretoNbd/_internal/paretoNbdKernels.ts";
import { paretoNbdProbabilityAlive } from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { paretoNbdPurchaseCountProbability } from "../../../../src/clv/paretoNbd/_internal/paretoNbdPurchaseCountProbability.ts";
import { checkHorizon } from "../../../../src/clv/predictions/_internal/checkHorizon.ts";

const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe("paretoNbdKernels", () => {
  it("is the Pareto/NBD record: its parameters, a continuous time axis, and the count-model readers", () => {
    expect(paretoNbdKernels.model).toBe("pareto-nbd");
    expect(paretoNbdKernels.parameters).toEqual(["r", "alpha", "s", "beta"]);
    expect(paretoNbdKernels.timeAxis).toBe("fit-unit");
    expect(paretoNbdKernels.readHorizon).toBe(checkHorizon);
    expect(paretoNbdKernels.mapCustomers).toBe(mapCustomers);
  });

  it("holds the Pareto/NBD formulas", () => {
    expect(paretoNbdKernels.probabilityAlive(params)(3, 20, 30)).toBe(paretoNbdProbabilityAlive(params)(3, 20, 30));
    expect(paretoNbdKernels.conditionalExpectedPurchases(params, 52)(3, 20, 30)).toBe(
      paretoNbdConditionalExpectedPurchases(params, 52)(3, 20, 30),
    );
    expect(paretoNbdKernels.purchaseCountProbability(params, 2, 39)).toBe(
      paretoNbdPurchaseCountProbability(params, 2, 39),
    );
    expect(paretoNbdKernels.discountedResidualPurchases?.(params, 0.01)(3, 20, 30)).toBe(
      paretoNbdDiscountedResidualPurchases(params, 0.01)(3, 20, 30),
    );
  });
});
