import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import { BgNbdFitSchema } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import {
  type ShiftedBetaGeometricFit,
  ShiftedBetaGeometricFitSchema,
} from "../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

describe("ShiftedBetaGeometricFitSchema types", () => {
  it("parses to a ShiftedBetaGeometricFit", () => {
    expectTypeOf<z.output<typeof ShiftedBetaGeometricFitSchema>>().toExtend<ShiftedBetaGeometricFit>();
  });

  it("can join a discriminated union of fit schemas (as parseAnyFit validates every model)", () => {
    const AnyFit = z.discriminatedUnion("model", [BgNbdFitSchema, ShiftedBetaGeometricFitSchema]);
    expectTypeOf<z.output<typeof AnyFit>["model"]>().toEqualTypeOf<"bg-nbd" | "shifted-beta-geometric">();
  });
});
