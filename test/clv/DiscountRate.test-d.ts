import { describe, expectTypeOf, it } from "vitest";
import type { DiscountRate } from "../../src/clv/DiscountRate.ts";
import type { CustomerLifetimeValueOptions } from "../../src/clv/lifetimeValue/CustomerLifetimeValueOptions.ts";
import type { RetentionDiscountingOptions } from "../../src/clv/shiftedBetaGeometric/RetentionDiscountingOptions.ts";

describe("DiscountRate types", () => {
  it("is a number (per fit unit) or a rate with a known unit it is per", () => {
    expectTypeOf<0.0018>().toExtend<DiscountRate>();
    expectTypeOf<{ rate: 0.1; per: "year" }>().toExtend<DiscountRate>();
    expectTypeOf<{ rate: 0.1 }>().not.toExtend<DiscountRate>();
    expectTypeOf<{ rate: 0.1; per: "fortnight" }>().not.toExtend<DiscountRate>();
  });

  it("is the rate type of customerLifetimeValue and of the sBG discounting options alike", () => {
    expectTypeOf<CustomerLifetimeValueOptions["discountRate"]>().toEqualTypeOf<DiscountRate>();
    expectTypeOf<RetentionDiscountingOptions["discountRate"]>().toEqualTypeOf<DiscountRate>();
  });
});
