import { describe, expectTypeOf, it } from "vitest";
import type { TransactionColumns } from "../../src/rfm/TransactionColumns.ts";

describe("TransactionColumns", () => {
  it("accepts arrays and typed arrays as columns", () => {
    expectTypeOf<{ customerId: number[]; timestamp: Date[]; amount: Float64Array }>().toExtend<TransactionColumns>();
    expectTypeOf<{ customerId: string[]; timestamp: string[] }>().not.toExtend<TransactionColumns>();
  });
});
