import { describe, expectTypeOf, it } from "vitest";
import type { BondWeights, PerBondLevel } from "../../src/bonds/index.ts";

describe("PerBondLevel / BondWeights", () => {
  it("has one readonly entry per level", () => {
    expectTypeOf<keyof PerBondLevel<number>>().toEqualTypeOf<"financial" | "social" | "structural">();
    expectTypeOf<BondWeights>().toEqualTypeOf<PerBondLevel<number>>();
  });
});
