import { describe, expectTypeOf, it } from "vitest";
import {
  type SwitchingCostBreakdown,
  type SwitchingCostComponent,
  type SwitchingCostFacet,
  switchingCost,
} from "../../src/bonds/index.ts";

describe("SwitchingCostBreakdown", () => {
  it("is what switchingCost returns; components name a facet and may carry an amount or a score", () => {
    expectTypeOf(switchingCost([], { asOf: "2024-06-30" })).toEqualTypeOf<SwitchingCostBreakdown>();
    expectTypeOf<SwitchingCostComponent["facet"]>().toEqualTypeOf<SwitchingCostFacet>();
    expectTypeOf<SwitchingCostComponent["amount"]>().toEqualTypeOf<number | null>();
    expectTypeOf<SwitchingCostComponent["assessment"]>().toEqualTypeOf<"monetised" | "scored" | "unassessed">();
  });
});
