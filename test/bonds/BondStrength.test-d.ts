import { describe, expectTypeOf, it } from "vitest";
import { type BondStrength, bondProfile } from "../../src/bonds/index.ts";

describe("BondStrength", () => {
  it("is the strength of a profile: the score with its weights and saturation", () => {
    expectTypeOf(bondProfile([], { asOf: "2024-06-30" }).strength).toEqualTypeOf<BondStrength>();
    expectTypeOf<BondStrength["score"]>().toEqualTypeOf<number>();
  });
});
