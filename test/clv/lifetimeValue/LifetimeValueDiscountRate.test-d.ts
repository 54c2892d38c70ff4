import { describe, expectTypeOf, it } from "vitest";
import type { LifetimeValueDiscountRate } from "../../../src/clv/lifetimeValue/LifetimeValueDiscountRate.ts";

describe("LifetimeValueDiscountRate types", () => {
  it("is a number (per fit unit) or a rate with the unit it is per", () => {
    expectTypeOf<0.0018>().toExtend<LifetimeValueDiscountRate>();
    expectTypeOf<{ rate: 0.1; per: "year" }>().toExtend<LifetimeValueDiscountRate>();
    expectTypeOf<{ rate: 0.1 }>().not.toExtend<LifetimeValueDiscountRate>();
  });
});
