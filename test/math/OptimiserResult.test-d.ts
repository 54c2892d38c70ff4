import { describe, expectTypeOf, it } from "vitest";
import type { OptimiserResult } from "../../src/math/OptimiserResult.ts";

describe("OptimiserResult", () => {
  it("has readonly fields with the documented types", () => {
    expectTypeOf<OptimiserResult>().toEqualTypeOf<{
      readonly converged: boolean;
      readonly iterations: number;
      readonly functionEvaluations: number;
      readonly value: number;
      readonly x: readonly number[];
      readonly gradientNorm: number;
      readonly message: string;
    }>();
  });
});
