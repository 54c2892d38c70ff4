import { describe, expectTypeOf, it } from "vitest";
import type { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import type { SimulatedSummaries } from "../../src/clv/SimulatedSummaries.ts";
import type { SummaryColumns } from "../../src/rfm/SummaryColumns.ts";

describe("SimulatedSummaries types", () => {
  it("is summary columns of typed arrays that the fits accept", () => {
    expectTypeOf<SimulatedSummaries>().toExtend<SummaryColumns>();
    expectTypeOf<SimulatedSummaries>().toExtend<Parameters<typeof fitBgNbd>[0]>();
    expectTypeOf<SimulatedSummaries["frequency"]>().toEqualTypeOf<Float64Array>();
  });
});
