import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as time from "../../src/time/index.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const FACADE = pathToFileURL(fileURLToPath(new URL("../../src/time/index.ts", import.meta.url))).href;

/**
 * Computes a battery of results with every public function of clientele/time and prints them as JSON,
 * together with the process's own UTC offset on 2024-01-01 and 2024-07-01 (to prove TZ took effect).
 */
const PROBE = `
import * as t from ${JSON.stringify(FACADE)};
const zones = ["UTC", "+05:30", "-08:00", "America/New_York", "Europe/London", "Australia/Lord_Howe"];
const units = ["day", "week", "month", "quarter", "year"];
const edges = ["2024-03-10T06:59:59.999Z", "2024-03-10T07:00:00Z", "2024-11-03T05:30:00Z", "2024-11-03T06:30:00Z",
  "2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z", "2024-10-05T15:30:00Z", "2024-04-06T15:00:00Z",
  "2011-12-30T10:00:00Z", "2024-02-29T23:30:00Z", "1900-02-28T12:00:00Z", "2000-02-29T00:00:00Z"];
const instants = edges.map((s) => new Date(s));
for (let k = 0; k < 24; k++) instants.push(new Date(Date.UTC(1900, 0, 31, 23, 45) + k * 4_987_654_321_123));
const out = [];
for (const timeZone of zones) {
  for (let i = 0; i < instants.length; i++) {
    const a = instants[i], b = instants[(i * 7 + 3) % instants.length];
    const day = t.civilDate(a, timeZone);
    out.push(t.toCivilDateTime(a, timeZone), day, t.elapsedCalendarDays(a, b, { timeZone }));
    for (const unit of units) {
      out.push(t.elapsed(a, b, { unit, timeZone }), t.startOfPeriod(a, { period: unit, timeZone, weekStartsOn: i % 7 }),
        t.periodIndex(b, a, { period: unit, timeZone }), t.addPeriods(day, (i % 13) - 6, unit));
    }
  }
}
console.log(JSON.stringify({ offsets: [new Date(2024, 0, 1).getTimezoneOffset(), new Date(2024, 6, 1).getTimezoneOffset()], out }));
`;

function runProbe(tz: string): { offsets: number[]; out: unknown[] } {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", PROBE], {
    cwd: REPO,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  return JSON.parse(stdout) as { offsets: number[]; out: unknown[] };
}

describe("clientele/time facade", () => {
  it("exports the public API and nothing else", () => {
    expect(Object.keys(time).sort()).toEqual(
      [
        "CalendarBoundSchema",
        "CivilDateSchema",
        "ElapsedCalendarDaysOptionsSchema",
        "ElapsedOptionsSchema",
        "PeriodIndexOptionsSchema",
        "StartOfPeriodOptionsSchema",
        "TimeUnitSchema",
        "TimeZoneSchema",
        "WeekStartsOnSchema",
        "addPeriods",
        "civilDate",
        "elapsed",
        "elapsedCalendarDays",
        "periodIndex",
        "startOfPeriod",
        "timeUnits",
        "toCivilDateTime",
      ].sort(),
    );
  });

  it("is re-exported from the package root", () => {
    for (const [name, value] of Object.entries(time)) {
      expect((root as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it("gives identical results whatever the process time zone (UTC, New York, Lord Howe, Apia)", () => {
    const reference = runProbe("UTC");
    expect(reference.offsets).toEqual([0, 0]);
    expect(reference.out.length).toBeGreaterThan(1000);
    const seen = new Set<string>();
    // Apia skipped 2011-12-30 entirely: a local-midnight Date for that day does not exist there.
    for (const tz of ["America/New_York", "Australia/Lord_Howe", "Pacific/Apia"]) {
      const probe = runProbe(tz);
      seen.add(JSON.stringify(probe.offsets));
      expect(probe.out, tz).toEqual(reference.out);
    }
    // Each child really ran in its zone (New York −5 h/−4 h, Lord Howe +11 h/+10.5 h, Apia +13 h).
    expect(seen.size).toBe(3);
  });
});
