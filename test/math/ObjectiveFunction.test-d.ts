import { describe, expectTypeOf, it } from "vitest";
import type { ObjectiveFunction, ObjectiveWithGradient } from "../../src/math/ObjectiveFunction.ts";

describe("ObjectiveFunction", () => {
  it("takes a Float64Array and returns a number", () => {
    expectTypeOf<ObjectiveFunction>().parameters.toEqualTypeOf<[Float64Array]>();
    expectTypeOf<ObjectiveFunction>().returns.toEqualTypeOf<number>();
  });
});

describe("ObjectiveWithGradient", () => {
  it("takes the point and the gradient buffer and returns a number", () => {
    expectTypeOf<ObjectiveWithGradient>().parameters.toEqualTypeOf<[Float64Array, Float64Array]>();
    expectTypeOf<ObjectiveWithGradient>().returns.toEqualTypeOf<number>();
  });

  it("accepts a value-only function where a fused one is expected (the gradient may be ignored)", () => {
    expectTypeOf<ObjectiveFunction>().toExtend<ObjectiveWithGradient>();
  });
});
