import { describe, expectTypeOf, it } from "vitest";
import type { FitOptions } from "../../src/clv/FitOptions.ts";
import type { PredictionIntervalOptions } from "../../src/clv/uncertainty/predictionInterval.ts";
import type { OptimiserOptions } from "../../src/math/OptimiserOptions.ts";
import type { AbortSignalLike, Progress, ProgressOptions } from "../../src/math/ProgressOptions.ts";

describe("ProgressOptions types", () => {
  it("accepts a real AbortSignal and a callback of Progress, and is shared by optimisers, fits and intervals", () => {
    expectTypeOf<AbortSignal>().toExtend<AbortSignalLike>();
    expectTypeOf<ProgressOptions["onProgress"]>().toEqualTypeOf<((progress: Progress) => void) | undefined>();
    expectTypeOf<Progress["phase"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OptimiserOptions>().toExtend<ProgressOptions>();
    expectTypeOf<FitOptions<{ r: number }>>().toExtend<ProgressOptions>();
    expectTypeOf<PredictionIntervalOptions>().toExtend<ProgressOptions>();
  });
});
