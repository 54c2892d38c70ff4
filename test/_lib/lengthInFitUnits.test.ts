import { describe, expect, it } from "vitest";
import { discreteHorizon, isUnit, lengthInFitUnits } from "../../src/_lib/lengthInFitUnits.ts";

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

  it("discreteHorizon (the discrete lifetime value's K in clv and sql): a whole number of periods up to the cap, at its path", () => {
    expect(discreteHorizon("f", 52, 4, "week", 1000)).toEqual({ horizon: 52, period: 4, periods: 13 });
    expect(discreteHorizon("f", { length: 364, unit: "day" }, undefined, "week", 1000)).toEqual({
      horizon: 52,
      period: 1,
      periods: 52,
    });
    const pathOf = (horizon: unknown, period: unknown, max = 1000) => {
      try {
        discreteHorizon("f", horizon, period, "week", max);
        return "no error";
      } catch (error) {
        return (error as { issues: { path: (string | number)[] }[] }).issues[0]!.path.join(".");
      }
    };
    expect(pathOf(undefined, 1)).toBe("horizon");
    expect(pathOf(10, 3)).toBe("horizon");
    expect(pathOf(52, 0)).toBe("period");
    expect(pathOf(1001, 1)).toBe("horizon");
    expect(pathOf(1000, 1)).toBe("no error");
  });
});
