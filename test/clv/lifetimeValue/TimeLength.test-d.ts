import { describe, expectTypeOf, it } from "vitest";
import type { TimeLength } from "../../../src/clv/lifetimeValue/TimeLength.ts";

describe("TimeLength types", () => {
  it("is a number (fit units) or a length with a known unit", () => {
    expectTypeOf<52>().toExtend<TimeLength>();
    expectTypeOf<{ length: 52; unit: "week" }>().toExtend<TimeLength>();
    expectTypeOf<{ length: 52; unit: "fortnight" }>().not.toExtend<TimeLength>();
    expectTypeOf<{ length: 52 }>().not.toExtend<TimeLength>();
  });
});
