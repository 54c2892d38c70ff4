import { describe, expectTypeOf, it } from "vitest";
import type { GammaGammaFit, SpendModel } from "../../../src/clv/gammaGamma/GammaGammaFit.ts";
import type { GammaGammaParams } from "../../../src/clv/gammaGamma/GammaGammaParams.ts";

describe("GammaGammaFit types", () => {
  it("has the ModelFit fields without unit, plus the spend fit's own", () => {
    expectTypeOf<GammaGammaFit["model"]>().toEqualTypeOf<"gamma-gamma">();
    expectTypeOf<GammaGammaFit["params"]>().toEqualTypeOf<Readonly<GammaGammaParams>>();
    expectTypeOf<GammaGammaFit>().not.toHaveProperty("unit");
    expectTypeOf<GammaGammaFit["excludedNonRepeaters"]>().toEqualTypeOf<number>();
    expectTypeOf<GammaGammaFit["frequencyMonetaryCorrelation"]>().toEqualTypeOf<number | null>();
    expectTypeOf<GammaGammaFit>().toExtend<SpendModel>();
  });
});
