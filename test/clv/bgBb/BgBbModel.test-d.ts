import { describe, expectTypeOf, it } from "vitest";
import type { BgBbFit } from "../../../src/clv/bgBb/BgBbFit.ts";
import type { BgBbModel } from "../../../src/clv/bgBb/BgBbModel.ts";
import { conditionalExpectedPurchases } from "../../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";

describe("BgBbModel types", () => {
  it("is model and params only: every BgBbFit is one, and the generic predictions take it with a pattern", () => {
    expectTypeOf<BgBbFit>().toExtend<BgBbModel>();
    expectTypeOf<keyof BgBbModel>().toEqualTypeOf<"model" | "params">();
    const fit: BgBbModel = { model: "bg-bb", params: { alpha: 1, beta: 1, gamma: 1, delta: 1 } };
    expectTypeOf(probabilityAlive(fit, { frequency: 1, recency: 1, opportunities: 2 })).toEqualTypeOf<number>();
    expectTypeOf(
      conditionalExpectedPurchases(fit, 5, { frequency: [1], recency: [1], opportunities: [2] }),
    ).toEqualTypeOf<Float64Array>();
    // a BG/BB fit with a continuous-time customer does not type-check
    // @ts-expect-error T is not a BG/BB pattern
    probabilityAlive(fit, { frequency: 1, recency: 1, T: 2 });
  });
});
