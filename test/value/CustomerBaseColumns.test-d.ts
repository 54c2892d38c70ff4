import { describe, expectTypeOf, it } from "vitest";
import type { CustomerBaseColumns } from "../../src/value/CustomerBaseColumns.ts";
import type { CustomerProfitColumns } from "../../src/value/customerProfitColumns.ts";
import type { ProfitOfCustomerColumns } from "../../src/value/whaleCurve.ts";

describe("CustomerBaseColumns", () => {
  it("accepts arrays and typed arrays as columns, and needs customers and transactions", () => {
    expectTypeOf<{
      customers: { customerId: number[] };
      transactions: { customerId: number[]; timestampMs: Float64Array; amount: Float64Array; cost: Float64Array };
    }>().toExtend<CustomerBaseColumns>();
    expectTypeOf<{ transactions: { customerId: string[]; amount: number[] } }>().not.toExtend<CustomerBaseColumns>();
  });

  it("lets customerProfitColumns' result be the whale curve's input", () => {
    expectTypeOf<CustomerProfitColumns>().toExtend<ProfitOfCustomerColumns>();
  });
});
