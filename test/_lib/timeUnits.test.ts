import { describe, expect, it } from "vitest";
import { timeUnits } from "../../src/_lib/timeUnits.ts";
import * as time from "../../src/time/index.ts";

describe("timeUnits", () => {
  it("lists the five units from shortest to longest, frozen", () => {
    expect(timeUnits).toEqual(["day", "week", "month", "quarter", "year"]);
    expect(Object.isFrozen(timeUnits)).toBe(true);
  });
  it("is the very array clientele/time exports", () => {
    expect(time.timeUnits).toBe(timeUnits);
  });
});
