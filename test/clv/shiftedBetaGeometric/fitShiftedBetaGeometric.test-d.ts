import { describe, expectTypeOf, it } from "vitest";
import {
  type FitShiftedBetaGeometricOptions,
  fitShiftedBetaGeometric,
} from "../../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import type { ShiftedBetaGeometricFit } from "../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

describe("fitShiftedBetaGeometric types", () => {
  it("requires the unit and returns a ShiftedBetaGeometricFit keyed alpha, beta", () => {
    expectTypeOf(fitShiftedBetaGeometric).returns.toEqualTypeOf<ShiftedBetaGeometricFit>();
    expectTypeOf<ShiftedBetaGeometricFit["params"]>().toEqualTypeOf<
      Readonly<{ readonly alpha: number; readonly beta: number }>
    >();
    expectTypeOf({}).not.toExtend<FitShiftedBetaGeometricOptions>();
    expectTypeOf({ unit: "month" as const, start: { alpha: 1 } }).toExtend<FitShiftedBetaGeometricOptions>();
    expectTypeOf({ unit: "month" as const, start: { r: 1 } }).not.toExtend<FitShiftedBetaGeometricOptions>();
  });

  it("accepts the three data shapes and rejects others", () => {
    expectTypeOf(fitShiftedBetaGeometric).parameter(0).toExtend<object>();
    expectTypeOf({ survivors: [1000, 631] }).toExtend<Parameters<typeof fitShiftedBetaGeometric>[0]>();
    expectTypeOf({ cohorts: [{ survivors: [10, 8], startPeriod: 2001 }] }).toExtend<
      Parameters<typeof fitShiftedBetaGeometric>[0]
    >();
    expectTypeOf({ durations: [{ periods: 2, churned: true }] }).toExtend<
      Parameters<typeof fitShiftedBetaGeometric>[0]
    >();
    expectTypeOf({ counts: [1] }).not.toExtend<Parameters<typeof fitShiftedBetaGeometric>[0]>();
  });
});
