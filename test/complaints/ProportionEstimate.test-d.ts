import { describe, expectTypeOf, it } from "vitest";
import type { ProportionEstimate, RepurchaseGroupStatistics } from "../../src/complaints/index.ts";

describe("ProportionEstimate", () => {
  it("has a nullable estimate and bounds (empty groups), and backs every group statistic", () => {
    expectTypeOf<ProportionEstimate["estimate"]>().toEqualTypeOf<number | null>();
    expectTypeOf<RepurchaseGroupStatistics["repurchaseRate"]>().toEqualTypeOf<ProportionEstimate>();
  });
});
