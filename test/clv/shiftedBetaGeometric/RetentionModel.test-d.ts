import { describe, expectTypeOf, it } from "vitest";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import type { ShiftedBetaGeometricFit } from "../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

describe("RetentionModel", () => {
  it("is what every sBG fit is, and a plain { model, params, unit } object", () => {
    expectTypeOf<ShiftedBetaGeometricFit>().toExtend<RetentionModel>();
    expectTypeOf({
      model: "shifted-beta-geometric" as const,
      params: { alpha: 1, beta: 2 },
      unit: "month" as const,
    }).toExtend<RetentionModel>();
    expectTypeOf<RetentionModel["model"]>().toEqualTypeOf<"shifted-beta-geometric">();
  });

  it("rejects a count model and a missing unit", () => {
    expectTypeOf({
      model: "bg-nbd" as const,
      params: { alpha: 1, beta: 2 },
      unit: "week" as const,
    }).not.toExtend<RetentionModel>();
    expectTypeOf({
      model: "shifted-beta-geometric" as const,
      params: { alpha: 1, beta: 2 },
    }).not.toExtend<RetentionModel>();
  });
});
