import { describe, expect, it } from "vitest";
import { periodGrid } from "../../../src/retention/_internal/periodGrid.ts";

describe("periodGrid", () => {
  it("numbers periods from the one holding asOf, and knows whether asOf closes it", () => {
    const g = periodGrid("2024-03-31", "month", undefined, undefined);
    expect(g.asOfPeriodComplete).toBe(true);
    expect(g.index(new Date("2024-01-31T23:00:00Z"))).toBe(-2);
    expect(g.startDay(-2)).toBe("2024-01-01");
    expect(periodGrid("2024-03-30", "month", undefined, undefined).asOfPeriodComplete).toBe(false);
  });
  it("reads instants in the zone: 2024-01-31T23:30Z is February 1 in Paris", () => {
    const g = periodGrid("2024-03-31", "month", "Europe/Paris", undefined);
    expect(g.day(new Date("2024-01-31T23:30:00Z"))).toBe("2024-02-01");
    expect(g.index(new Date("2024-01-31T23:30:00Z"))).toBe(-1);
    expect(g.onFirstDay(new Date("2024-01-31T23:30:00Z"))).toBe(true);
  });
  it("a bare date is that day in any zone; a Date is read in the zone", () => {
    expect(periodGrid("2024-03-31", "month", "America/New_York", undefined).asOfDay).toBe("2024-03-31");
    expect(periodGrid(new Date("2024-04-01T02:00:00Z"), "month", "America/New_York", undefined).asOfDay).toBe(
      "2024-03-31",
    );
  });
  it("weeks start on weekStartsOn", () => {
    expect(periodGrid("2024-01-07", "week", undefined, 0).startDay(0)).toBe("2024-01-07");
    expect(periodGrid("2024-01-07", "week", undefined, undefined).startDay(0)).toBe("2024-01-01");
  });
});
