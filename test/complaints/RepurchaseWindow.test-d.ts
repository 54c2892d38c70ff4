import { describe, expectTypeOf, it } from "vitest";
import type { RepurchaseTreeEstimate, RepurchaseWindow } from "../../src/complaints/index.ts";
import type { TimeUnit } from "../../src/time/index.ts";

describe("RepurchaseWindow", () => {
  it("is a whole number of calendar units, echoed by the estimate", () => {
    expectTypeOf<RepurchaseWindow["unit"]>().toEqualTypeOf<TimeUnit>();
    expectTypeOf<RepurchaseTreeEstimate["window"]>().toEqualTypeOf<RepurchaseWindow>();
  });
});
