import { describe, expect, it } from "vitest";
import { monthWindows } from "../../../src/retention/_internal/monthWindows.ts";

const iso = (ms: number) => new Date(ms).toISOString();

describe("monthWindows", () => {
  it("moves asOf back by whole calendar months (UTC), keeping the time of day", () => {
    const w = monthWindows(Date.parse("2024-06-30T15:30:00Z"), 6);
    expect([iso(w.recentStart), iso(w.priorStart)]).toEqual(["2023-12-30T15:30:00.000Z", "2023-06-30T15:30:00.000Z"]);
  });
  it("clamps to the month's last day (date-fns): Mar 31 − 1 month is Feb 29 in 2024, − 2 is Jan 31", () => {
    const w = monthWindows(Date.parse("2024-03-31T00:00:00Z"), 1);
    expect([iso(w.recentStart), iso(w.priorStart)]).toEqual(["2024-02-29T00:00:00.000Z", "2024-01-31T00:00:00.000Z"]);
  });
  it("gives the same answer when asked again, and a new one for another asOf", () => {
    const a = monthWindows(Date.parse("2024-06-30T00:00:00Z"), 3);
    expect(monthWindows(Date.parse("2024-06-30T00:00:00Z"), 3)).toEqual(a);
    expect(iso(monthWindows(Date.parse("2024-07-31T00:00:00Z"), 3).recentStart)).toBe("2024-04-30T00:00:00.000Z");
  });
});
