import { describe, expect, it } from "vitest";
import { isUnit, lengthInFitUnits } from "../../src/_lib/lengthInFitUnits.ts";

describe("lengthInFitUnits (shared by clv's lifetime value and sql's)", () => {
  it("converts only exact ratios and refuses the rest at the key's path", () => {
    expect(lengthInFitUnits("f", { length: 14, unit: "day" }, "week", "horizon")).toBe(2);
    expect(lengthInFitUnits("f", { length: 1, unit: "year" }, "month", "period")).toBe(12);
    expect(lengthInFitUnits("f", 3, "week", "horizon")).toBe(3);
    expect(() => lengthInFitUnits("f", { length: 1, unit: "month" }, "week", "horizon")).toThrow(/horizon\.unit/);
    expect(() => lengthInFitUnits("f", -1, "week", "horizon")).toThrow(/horizon/);
    expect(isUnit("quarter")).toBe(true);
    expect(isUnit("fortnight")).toBe(false);
  });
});
