import { describe, expectTypeOf, it } from "vitest";
import type { AnyFit } from "../../src/clv/AnyFit.ts";
import type { BgBbFit } from "../../src/clv/bgBb/BgBbFit.ts";
import type { BgNbdFit } from "../../src/clv/bgNbd/BgNbdFit.ts";
import type { CountModelFit } from "../../src/clv/CountModelFit.ts";
import type { GammaGammaFit } from "../../src/clv/gammaGamma/GammaGammaFit.ts";
import type { MbgNbdFit } from "../../src/clv/mbgNbd/MbgNbdFit.ts";
import type { ParetoNbdFit } from "../../src/clv/paretoNbd/ParetoNbdFit.ts";
import { parseAnyFit } from "../../src/clv/parseAnyFit.ts";
import type { ShiftedBetaGeometricFit } from "../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

declare const text: string;

describe("parseAnyFit types", () => {
  it("returns AnyFit without an expected model", () => {
    expectTypeOf(parseAnyFit(text)).toEqualTypeOf<AnyFit>();
    expectTypeOf(parseAnyFit({})).toEqualTypeOf<AnyFit>();
    expectTypeOf(parseAnyFit(text, undefined)).toEqualTypeOf<AnyFit>();
  });

  it("returns the expected model's own fit type", () => {
    expectTypeOf(parseAnyFit(text, "bg-nbd")).toEqualTypeOf<BgNbdFit>();
    expectTypeOf(parseAnyFit(text, "pareto-nbd")).toEqualTypeOf<ParetoNbdFit>();
    expectTypeOf(parseAnyFit(text, "mbg-nbd")).toEqualTypeOf<MbgNbdFit>();
    expectTypeOf(parseAnyFit(text, "bg-bb")).toEqualTypeOf<BgBbFit>();
    expectTypeOf(parseAnyFit(text, "shifted-beta-geometric")).toEqualTypeOf<ShiftedBetaGeometricFit>();
    expectTypeOf(parseAnyFit(text, "gamma-gamma")).toEqualTypeOf<GammaGammaFit>();
  });

  it("returns the union of the fits for a union of models (a model read from a store)", () => {
    const model = "bg-nbd" as CountModelFit["model"];
    expectTypeOf(parseAnyFit(text, model)).toEqualTypeOf<CountModelFit>();
    const any = "gamma-gamma" as AnyFit["model"];
    expectTypeOf(parseAnyFit(text, any)).toEqualTypeOf<AnyFit>();
  });

  it("rejects a model id that does not exist at compile time", () => {
    // @ts-expect-error "bgnbd" is not a model id (the ids are kebab-case: "bg-nbd")
    parseAnyFit(text, "bgnbd");
    // @ts-expect-error "sbg" is spelled "shifted-beta-geometric"
    parseAnyFit(text, "sbg");
  });
});
