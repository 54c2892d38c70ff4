import { describe, expectTypeOf, it } from "vitest";
import {
  type BgNbdFit,
  type CountModel,
  conditionalExpectedPurchases,
  fitBgNbd,
  probabilityAlive,
  simulateBgNbd,
} from "../../src/clv/index.ts";

describe("clientele/clv types", () => {
  it("returns a number for one customer and a Float64Array for columns", () => {
    const fit = {} as CountModel;
    expectTypeOf(probabilityAlive(fit, { frequency: 1, recency: 1, T: 2 })).toEqualTypeOf<number>();
    expectTypeOf(probabilityAlive(fit, { frequency: [1], recency: [1], T: [2] })).toEqualTypeOf<Float64Array>();
    expectTypeOf(
      conditionalExpectedPurchases(fit, 52, { frequency: [1], recency: [1], T: [2] }),
    ).toEqualTypeOf<Float64Array>();
  });

  it("fits simulated data and returns a BgNbdFit usable by the predictions", () => {
    expectTypeOf(fitBgNbd).returns.toEqualTypeOf<BgNbdFit>();
    expectTypeOf(simulateBgNbd).returns.toExtend<Parameters<typeof fitBgNbd>[0]>();
    expectTypeOf<BgNbdFit>().toExtend<CountModel>();
    expectTypeOf(probabilityAlive({} as BgNbdFit, { frequency: 1, recency: 1, T: 2 })).toEqualTypeOf<number>();
  });

  it("rejects an unknown unit and unknown start parameters at compile time", () => {
    // @ts-expect-error "fortnight" is not a TimeUnit
    fitBgNbd([], { unit: "fortnight" });
    // @ts-expect-error s is not a BG/NBD parameter
    fitBgNbd([], { unit: "week", start: { s: 1 } });
  });
});
