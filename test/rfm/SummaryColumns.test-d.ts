import { describe, expectTypeOf, it } from "vitest";
import type { SummaryColumns } from "../../src/rfm/SummaryColumns.ts";

describe("SummaryColumns", () => {
  it("requires customerId, frequency, recency and T columns; the others are optional", () => {
    expectTypeOf<{
      customerId: number[];
      frequency: Float64Array;
      recency: number[];
      T: number[];
    }>().toExtend<SummaryColumns>();
    expectTypeOf<{ customerId: number[]; frequency: number[]; recency: number[] }>().not.toExtend<SummaryColumns>();
  });
});
