import { describe, expectTypeOf, it } from "vitest";
import type { AnyFit } from "../../src/clv/AnyFit.ts";
import type { BgBbFit } from "../../src/clv/bgBb/BgBbFit.ts";
import type { CountModelFit } from "../../src/clv/CountModelFit.ts";
import type { GammaGammaFit } from "../../src/clv/gammaGamma/GammaGammaFit.ts";
import type { ShiftedBetaGeometricFit } from "../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

describe("AnyFit types", () => {
  it("is the union of every fit, narrowed by model", () => {
    expectTypeOf<AnyFit>().toEqualTypeOf<CountModelFit | BgBbFit | ShiftedBetaGeometricFit | GammaGammaFit>();
    expectTypeOf<Extract<AnyFit, { model: "bg-bb" }>>().toEqualTypeOf<BgBbFit>();
    expectTypeOf<AnyFit["model"]>().toEqualTypeOf<
      "bg-nbd" | "pareto-nbd" | "mbg-nbd" | "bg-bb" | "shifted-beta-geometric" | "gamma-gamma"
    >();
  });
});
