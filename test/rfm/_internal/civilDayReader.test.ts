import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../../src/_lib/civilCalendar.ts";
import { createWallClock } from "../../../src/_lib/wallClock.ts";
import { createCivilDayReader } from "../../../src/rfm/_internal/civilDayReader.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const zones = [
  "UTC",
  "+05:30",
  "-08:00",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Asia/Kathmandu",
];

describe("createCivilDayReader", () => {
  it("returns ⌊wall clock / day⌋ of createWallClock for any instant and zone, hour cache included", () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(instant, { minLength: 1, maxLength: 50 }), (zone, times) => {
        const read = createCivilDayReader("f", zone, ["timeZone"]);
        const clock = createWallClock("f", zone, ["timeZone"]);
        for (const t of [...times, ...times]) expect(read(t)).toBe(Math.floor(clock(t) / DAY_MS));
      }),
      { numRuns: 200 },
    );
  });

  it("is exact in the hours around daylight-saving changes (every minute of two change days, New York)", () => {
    const read = createCivilDayReader("f", "America/New_York", ["timeZone"]);
    const clock = createWallClock("f", "America/New_York", ["timeZone"]);
    for (const start of [Date.UTC(2024, 2, 10, 4), Date.UTC(2024, 10, 3, 3)]) {
      for (let t = start; t < start + 4 * 3_600_000; t += 60_000 - 1) {
        expect(read(t)).toBe(Math.floor(clock(t) / DAY_MS));
      }
    }
  });

  it("treats undefined as UTC and rejects an unknown zone at the given path", () => {
    expect(createCivilDayReader("f", undefined, [])(Date.UTC(1997, 0, 1, 23))).toBe(9862);
    const e = expectClienteleError(
      () => createCivilDayReader("f", "Mars/Base", ["options", "timeZone"]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.timeZone"]);
  });
});
