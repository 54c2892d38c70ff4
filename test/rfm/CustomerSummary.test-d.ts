import { describe, expectTypeOf, it } from "vitest";
import type { CustomerSummary } from "../../src/rfm/CustomerSummary.ts";

describe("CustomerSummary", () => {
  it("has readonly required model fields and optional holdout fields", () => {
    expectTypeOf<CustomerSummary>().toHaveProperty("customerId").toEqualTypeOf<string>();
    expectTypeOf<Pick<CustomerSummary, "frequency" | "recency" | "T" | "monetaryValue">>().toEqualTypeOf<{
      readonly frequency: number;
      readonly recency: number;
      readonly T: number;
      readonly monetaryValue: number;
    }>();
    expectTypeOf<{ customerId: "a"; frequency: 0; recency: 0; T: 1; monetaryValue: 0 }>().toExtend<CustomerSummary>();
  });
});
