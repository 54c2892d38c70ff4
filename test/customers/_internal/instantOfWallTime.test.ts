import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWallClock } from "../../../src/_lib/wallClock.ts";
import { createInstantReader, instantOfWallTime } from "../../../src/customers/_internal/instantOfWallTime.ts";

const zones = [
  "UTC",
  "+05:30",
  "-09:30",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Apia",
];

describe("instantOfWallTime", () => {
  it("inverts the wall clock: the earliest instant whose reading is the one given", () => {
    const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2050, 0, 1) }).map((t) => t - (t % 1000));
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, t) => {
        const clock = createWallClock("f", zone, ["timeZone"]);
        const back = instantOfWallTime(clock, clock(t));
        expect(back).toBeDefined();
        expect(clock(back!)).toBe(clock(t));
        expect(back!).toBeLessThanOrEqual(t); // the earlier one when the reading repeats
      }),
      { numRuns: 1000 },
    );
  });

  it("takes the first of a repeated hour and finds none in a skipped one (New York, 2024)", () => {
    const clock = createWallClock("f", "America/New_York", ["timeZone"]);
    expect(instantOfWallTime(clock, Date.UTC(2024, 10, 3, 1, 30))).toBe(Date.UTC(2024, 10, 3, 5, 30)); // EDT, not EST
    expect(instantOfWallTime(clock, Date.UTC(2024, 2, 10, 2, 30))).toBeUndefined();
    expect(instantOfWallTime(clock, Date.UTC(2024, 2, 10, 3, 0))).toBe(Date.UTC(2024, 2, 10, 7, 0));
    // Lord Howe moves by half an hour.
    const lordHowe = createWallClock("f", "Australia/Lord_Howe", ["timeZone"]);
    expect(instantOfWallTime(lordHowe, Date.UTC(2024, 9, 6, 2, 15))).toBeUndefined();
    expect(instantOfWallTime(lordHowe, Date.UTC(2024, 9, 6, 2, 30))).toBe(Date.UTC(2024, 9, 5, 15, 30));
  });
});

describe("createInstantReader", () => {
  it("returns exactly instantOfWallTime for any reading, hour cache included (DST gaps and overlaps too)", () => {
    const wall = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2050, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(wall, { minLength: 1, maxLength: 30 }), (zone, readings) => {
        const clock = createWallClock("f", zone, ["timeZone"]);
        const read = createInstantReader(clock);
        for (const w of [...readings, ...readings]) expect(read(w)).toBe(instantOfWallTime(clock, w));
      }),
      { numRuns: 300 },
    );
    // Every minute of New York's 2024 change days.
    const clock = createWallClock("f", "America/New_York", ["timeZone"]);
    const read = createInstantReader(clock);
    for (const day of [Date.UTC(2024, 2, 10), Date.UTC(2024, 10, 3)]) {
      for (let m = 0; m < 24 * 60; m++) {
        const w = day + m * 60_000 + 17_000;
        expect(read(w)).toBe(instantOfWallTime(clock, w));
      }
    }
  });
});
