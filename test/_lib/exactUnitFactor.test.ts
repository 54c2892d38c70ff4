import { describe, expect, it } from "vitest";
import { exactUnitFactor } from "../../src/_lib/exactUnitFactor.ts";

describe("exactUnitFactor", () => {
  it("gives the exact factors within a family: week = 7 days, quarter = 3 months, year = 12 months = 4 quarters", () => {
    expect(exactUnitFactor("week", "day")).toBe(7);
    expect(exactUnitFactor("day", "week")).toBe(1 / 7);
    expect(exactUnitFactor("quarter", "month")).toBe(3);
    expect(exactUnitFactor("year", "month")).toBe(12);
    expect(exactUnitFactor("year", "quarter")).toBe(4);
    expect(exactUnitFactor("month", "year")).toBe(1 / 12);
    expect(exactUnitFactor("week", "week")).toBe(1);
  });

  it("is undefined between days/weeks and months/quarters/years (no exact factor)", () => {
    expect(exactUnitFactor("year", "week")).toBeUndefined();
    expect(exactUnitFactor("week", "month")).toBeUndefined();
    expect(exactUnitFactor("day", "year")).toBeUndefined();
    expect(exactUnitFactor("month", "day")).toBeUndefined();
  });
});
