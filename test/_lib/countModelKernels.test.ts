import { describe, expect, it } from "vitest";
import {
  conditionalExpectedPurchasesKernel,
  probabilityAliveKernel,
  purchaseCountProbabilityOf,
} from "../../src/_lib/countModelKernels.ts";
import { bgNbdConditionalExpectedPurchases } from "../../src/clv/bgNbd/bgNbdConditionalExpectedPurchases.ts";
import { bgNbdProbabilityAlive } from "../../src/clv/bgNbd/bgNbdProbabilityAlive.ts";
import { bgNbdPurchaseCountProbability } from "../../src/clv/bgNbd/bgNbdPurchaseCountProbability.ts";
import type { CountModel } from "../../src/clv/CountModelFit.ts";

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
});
