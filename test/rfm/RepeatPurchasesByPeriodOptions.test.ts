import { describe, expect, it } from "vitest";
import { RepeatPurchasesByPeriodOptionsSchema } from "../../src/rfm/RepeatPurchasesByPeriodOptions.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("RepeatPurchasesByPeriodOptionsSchema", () => {
  it("keeps a date-only start as its calendar date string, copies a Date end, and keeps the other options", () => {
    const o = parseInput("f", RepeatPurchasesByPeriodOptionsSchema, {
      unit: "month",
      start: "1997-01-01",
      periods: 18,
      period: 2,
      observationEnd: new Date("1998-06-30"),
      timeZone: "Europe/London",
      mergeSameDay: false,
      rowsAfterObservationEnd: "throw",
    });
    expect(o.start).toBe("1997-01-01");
    expect(o.observationEnd).toBeInstanceOf(Date);
    expect((o.observationEnd as Date).toISOString()).toBe("1998-06-30T00:00:00.000Z");
    expect([o.unit, o.periods, o.period, o.timeZone, o.mergeSameDay, o.rowsAfterObservationEnd]).toEqual([
      "month",
      18,
      2,
      "Europe/London",
      false,
      "throw",
    ]);
  });

  it("requires unit, start, periods and observationEnd, and rejects fractional or out-of-range periods, unknown zones and keys", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", RepeatPurchasesByPeriodOptionsSchema, {
          periods: 100_001,
          period: 0.5,
          timeZone: "Mars/Base",
          asOf: "1998-06-30",
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["unit", "start", "periods", "period", "observationEnd", "timeZone", ""]);
  });
});
