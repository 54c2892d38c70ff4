import { describe, expect, it } from "vitest";
import { SummarizeTransactionsOptionsSchema } from "../../src/rfm/SummarizeTransactionsOptions.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("SummarizeTransactionsOptionsSchema", () => {
  it("keeps a date-only end as its calendar date string, copies a Date end, and keeps the other options", () => {
    const o = parseInput("f", SummarizeTransactionsOptionsSchema, {
      unit: "week",
      calibrationEnd: "1997-09-30",
      observationEnd: new Date("1998-06-30"),
      timeZone: "Europe/London",
      mergeSameDay: false,
      rowsAfterObservationEnd: "throw",
    });
    expect(o.calibrationEnd).toBe("1997-09-30");
    expect(o.observationEnd).toBeInstanceOf(Date);
    expect((o.observationEnd as Date).toISOString()).toBe("1998-06-30T00:00:00.000Z");
    expect([o.unit, o.timeZone, o.mergeSameDay, o.rowsAfterObservationEnd]).toEqual([
      "week",
      "Europe/London",
      false,
      "throw",
    ]);
  });

  it("requires unit and observationEnd, and rejects unknown zones, modes and keys", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", SummarizeTransactionsOptionsSchema, {
          timeZone: "Mars/Base",
          rowsAfterObservationEnd: "drop",
          asOf: "1998-06-30",
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["unit", "observationEnd", "timeZone", "rowsAfterObservationEnd", ""]);
  });
});
