import { describe, expectTypeOf, it } from "vitest";
import type { DiscountRate } from "../../../src/clv/DiscountRate.ts";
import type { CustomerLifetimeValueOptions } from "../../../src/clv/lifetimeValue/CustomerLifetimeValueOptions.ts";
import { customerLifetimeValue } from "../../../src/clv/lifetimeValue/customerLifetimeValue.ts";
import type { TimeLength } from "../../../src/clv/lifetimeValue/TimeLength.ts";

describe("CustomerLifetimeValueOptions types", () => {
  it("types the horizon (optional: omitted for the closed form), period, rate and method, and the result by the customers' shape", () => {
    expectTypeOf<CustomerLifetimeValueOptions["horizon"]>().toEqualTypeOf<TimeLength | undefined>();
    expectTypeOf<CustomerLifetimeValueOptions["method"]>().toEqualTypeOf<"discrete" | "closed-form" | undefined>();
    expectTypeOf<CustomerLifetimeValueOptions["discountRate"]>().toEqualTypeOf<DiscountRate>();
    expectTypeOf<{ length: 52; unit: "week" }>().toExtend<TimeLength>();
    expectTypeOf<{ length: 52; unit: "fortnight" }>().not.toExtend<TimeLength>();
    expectTypeOf<{ rate: 0.1; per: "year" }>().toExtend<DiscountRate>();
    const base = {
      countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
      spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
      horizon: 52,
      discountRate: 0.0018,
      margin: 0.3,
    } as const;
    expectTypeOf(
      customerLifetimeValue({ ...base, customers: { frequency: 2, recency: 30, T: 38, monetaryValue: 22 } }),
    ).toEqualTypeOf<number>();
    expectTypeOf(
      customerLifetimeValue({ ...base, customers: { frequency: [2], recency: [30], T: [38], monetaryValue: [22] } }),
    ).toEqualTypeOf<Float64Array>();
  });
});
