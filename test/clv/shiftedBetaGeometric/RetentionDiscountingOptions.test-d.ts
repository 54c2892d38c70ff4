import { describe, expectTypeOf, it } from "vitest";
import type { DiscountRate } from "../../../src/clv/DiscountRate.ts";
import type {
  PaymentTiming,
  RetentionDiscountingOptions,
} from "../../../src/clv/shiftedBetaGeometric/RetentionDiscountingOptions.ts";

describe("RetentionDiscountingOptions", () => {
  it("takes a plain rate or { rate, per } and an optional timing", () => {
    expectTypeOf({ discountRate: 0.1 }).toExtend<RetentionDiscountingOptions>();
    expectTypeOf({
      discountRate: { rate: 0.01, per: "month" as const },
      timing: "end" as const,
    }).toExtend<RetentionDiscountingOptions>();
    expectTypeOf<PaymentTiming>().toEqualTypeOf<"start" | "end">();
  });

  it("rejects a rate per an unknown unit and an unknown timing", () => {
    expectTypeOf({ rate: 0.1, per: "fortnight" as const }).not.toExtend<DiscountRate>();
    expectTypeOf({
      discountRate: { rate: 0.1, per: "fortnight" as const },
    }).not.toExtend<RetentionDiscountingOptions>();
    expectTypeOf({ discountRate: 0.1, timing: "middle" as const }).not.toExtend<RetentionDiscountingOptions>();
    expectTypeOf({}).not.toExtend<RetentionDiscountingOptions>();
  });
});
