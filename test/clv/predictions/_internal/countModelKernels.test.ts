import { describe, expect, it } from "vitest";
import { bgNbdConditionalExpectedPurchases } from "../../../../src/clv/bgNbd/_internal/bgNbdConditionalExpectedPurchases.ts";
import { bgNbdProbabilityAlive } from "../../../../src/clv/bgNbd/_internal/bgNbdProbabilityAlive.ts";
import { bgNbdPurchaseCountProbability } from "../../../../src/clv/bgNbd/_internal/bgNbdPurchaseCountProbability.ts";
import type { CountModel } from "../../../../src/clv/CountModelFit.ts";
import { mbgNbdConditionalExpectedPurchases } from "../../../../src/clv/mbgNbd/_internal/mbgNbdConditionalExpectedPurchases.ts";
import { mbgNbdProbabilityAlive } from "../../../../src/clv/mbgNbd/_internal/mbgNbdProbabilityAlive.ts";
import { mbgNbdPurchaseCountProbability } from "../../../../src/clv/mbgNbd/_internal/mbgNbdPurchaseCountProbability.ts";
import { paretoNbdConditionalExpectedPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdConditionalExpectedPurchases.ts";
import { paretoNbdProbabilityAlive } from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { paretoNbdPurchaseCountProbability } from "../../../../src/clv/paretoNbd/_internal/paretoNbdPurchaseCountProbability.ts";
import {
  conditionalExpectedPurchasesKernel,
  probabilityAliveKernel,
  purchaseCountProbabilityOf,
} from "../../../../src/clv/predictions/_internal/countModelKernels.ts";

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const bgNbd: CountModel = { model: "bg-nbd", params, unit: "week" };

describe("countModelKernels", () => {
  it("dispatches a BG/NBD model to the BG/NBD formulas", () => {
    expect(probabilityAliveKernel(bgNbd)(3, 20, 30)).toBe(bgNbdProbabilityAlive(params)(3, 20, 30));
    expect(conditionalExpectedPurchasesKernel(bgNbd, 52)(3, 20, 30)).toBe(
      bgNbdConditionalExpectedPurchases(params, 52)(3, 20, 30),
    );
    expect(purchaseCountProbabilityOf(bgNbd, 2, 39)).toBe(bgNbdPurchaseCountProbability(params, 2, 39));
  });

  it("dispatches Pareto/NBD and MBG/NBD models to their formulas, P(X(t) = n) included", () => {
    const pp = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    const pareto: CountModel = { model: "pareto-nbd", params: pp, unit: "week" };
    expect(probabilityAliveKernel(pareto)(3, 20, 30)).toBe(paretoNbdProbabilityAlive(pp)(3, 20, 30));
    expect(conditionalExpectedPurchasesKernel(pareto, 52)(3, 20, 30)).toBe(
      paretoNbdConditionalExpectedPurchases(pp, 52)(3, 20, 30),
    );
    expect(purchaseCountProbabilityOf(pareto, 2, 39)).toBe(paretoNbdPurchaseCountProbability(pp, 2, 39));
    const mp = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
    const mbg: CountModel = { model: "mbg-nbd", params: mp, unit: "week" };
    expect(probabilityAliveKernel(mbg)(0, 0, 30)).toBe(mbgNbdProbabilityAlive(mp)(0, 0, 30));
    expect(conditionalExpectedPurchasesKernel(mbg, 52)(0, 0, 30)).toBe(
      mbgNbdConditionalExpectedPurchases(mp, 52)(0, 0, 30),
    );
    expect(purchaseCountProbabilityOf(mbg, 2, 39)).toBe(mbgNbdPurchaseCountProbability(mp, 2, 39));
  });
});
