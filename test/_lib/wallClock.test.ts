import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWallClock, isIanaTimeZone, isTimeZoneShape, parseFixedOffset } from "../../src/_lib/wallClock.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import {
  intlWallMs,
  modernInstantMs,
  nearOffsetChange,
  oracleZone,
  tzDateWallMs,
  wideInstantMs,
} from "../_helpers/timeArbitraries.ts";

const anyInstant = fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 });
const HOUR = 3_600_000;

describe("parseFixedOffset", () => {
  it("reads ±hh:mm as minutes east of UTC", () => {
    expect(parseFixedOffset("+05:30")).toBe(330);
    expect(parseFixedOffset("-08:00")).toBe(-480);
    expect(parseFixedOffset("+00:00")).toBe(0);
    expect(Object.is(parseFixedOffset("-00:00"), 0)).toBe(true);
    expect(parseFixedOffset("+23:59")).toBe(23 * 60 + 59);
  });
  it("rejects every other shape", () => {
    for (const text of ["+24:00", "+05:60", "+0530", "+05", "05:30", "Z", "UTC", "+5:30", " +05:30"]) {
      expect(parseFixedOffset(text), text).toBeUndefined();
    }
  });
});

describe("isIanaTimeZone", () => {
  it("accepts IANA names and aliases, case-insensitively", () => {
    for (const zone of ["America/New_York", "Europe/London", "Australia/Lord_Howe", "US/Eastern", "utc", "Etc/GMT+5"]) {
      expect(isIanaTimeZone(zone), zone).toBe(true);
    }
  });
  it("rejects unknown names, the empty string and anything starting with a sign", () => {
    for (const zone of ["Mars/Olympus_Mons", "", "+05:30", "-08:00", "+05", "Z"]) {
      expect(isIanaTimeZone(zone), zone).toBe(false);
    }
  });
});

describe("isTimeZoneShape", () => {
  it('accepts "UTC", valid offsets and any other non-empty string not starting with a sign', () => {
    for (const zone of ["UTC", "+05:30", "-00:00", "America/New_York", "Mars/Olympus_Mons"]) {
      expect(isTimeZoneShape(zone), zone).toBe(true);
    }
  });
  it("rejects the empty string and malformed offsets", () => {
    for (const zone of ["", "+0530", "+05", "-24:00", "+05:60"]) expect(isTimeZoneShape(zone), zone).toBe(false);
  });
});

describe("createWallClock", () => {
  it("throws invalid_input at the given path for a zone the runtime does not know", () => {
    const e = expectClienteleError(
      () => createWallClock("myFunction", "Mars/Olympus_Mons", ["options", "timeZone"]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.timeZone"]);
    expect(e.message).toMatchInlineSnapshot(`
      "myFunction: invalid input
        ✖ expected "UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York", received "Mars/Olympus_Mons" → at options.timeZone"
    `);
    expect(e.issues[0]).toMatchObject({ code: "custom", received: '"Mars/Olympus_Mons"' });
  });

  it("reads UTC (and no zone) as the instant itself", () => {
    fc.assert(
      fc.property(anyInstant, (t) => {
        expect(createWallClock("f", undefined, ["timeZone"])(t)).toBe(t);
        expect(createWallClock("f", "UTC", ["timeZone"])(t)).toBe(t);
      }),
    );
  });
  it("adds a fixed offset", () => {
    expect(createWallClock("f", "+05:30", ["timeZone"])(0)).toBe(5.5 * HOUR);
    expect(createWallClock("f", "-08:00", ["timeZone"])(0)).toBe(-8 * HOUR);
  });
  it("reads the IANA zone Etc/UTC like UTC over the whole Date range, milliseconds and BC years included", () => {
    const clock = createWallClock("f", "Etc/UTC", ["timeZone"]);
    fc.assert(fc.property(anyInstant, (t) => clock(t) === t));
    expect(clock(Date.UTC(-5, 0, 1, 0, 0, 0, 7))).toBe(Date.UTC(-5, 0, 1, 0, 0, 0, 7));
  });
  it("reads the IANA zone Etc/GMT-5 like the fixed offset +05:00", () => {
    const iana = createWallClock("f", "Etc/GMT-5", ["timeZone"]);
    const fixed = createWallClock("f", "+05:00", ["timeZone"]);
    fc.assert(fc.property(anyInstant, (t) => iana(t) === fixed(t)));
  });
  it("follows New York's daylight-saving rules (EST −5 h, EDT −4 h)", () => {
    const clock = createWallClock("f", "America/New_York", ["timeZone"]);
    const winter = Date.UTC(2024, 0, 15, 12);
    const summer = Date.UTC(2024, 6, 15, 12);
    expect(clock(winter) - winter).toBe(-5 * HOUR);
    expect(clock(summer) - summer).toBe(-4 * HOUR);
  });
  it("follows Lord Howe's 30-minute daylight-saving shift (+10:30 / +11:00)", () => {
    const clock = createWallClock("f", "Australia/Lord_Howe", ["timeZone"]);
    const winter = Date.UTC(2024, 6, 15);
    const summer = Date.UTC(2024, 0, 15);
    expect(clock(winter) - winter).toBe(10.5 * HOUR);
    expect(clock(summer) - summer).toBe(11 * HOUR);
  });
  it("keeps historical offsets with seconds (New York local mean time −4:56:02 in 1800)", () => {
    const clock = createWallClock("f", "America/New_York", ["timeZone"]);
    const t = Date.UTC(1800, 0, 1, 0, 0, 0, 250);
    expect(clock(t) - t).toBe(-(4 * HOUR + 56 * 60_000 + 2000));
  });
  it("reads Apia's skipped 2011-12-30: 23:59:59.999 on the 29th, then 00:00 on the 31st", () => {
    const clock = createWallClock("f", "Pacific/Apia", ["timeZone"]);
    expect(new Date(clock(Date.UTC(2011, 11, 30, 9, 59, 59, 999))).toISOString()).toBe("2011-12-29T23:59:59.999Z");
    expect(new Date(clock(Date.UTC(2011, 11, 30, 10))).toISOString()).toBe("2011-12-31T00:00:00.000Z");
  });
  it("keeps the sign of offsets between −01:00 and 00:00, which @date-fns/tz 1.5 drops (Monrovia, London)", () => {
    // Monrovia was −00:44:30 until 1972-01-07, London −00:01:15 (local mean time) until 1847-12-01.
    const monrovia = createWallClock("f", "Africa/Monrovia", ["timeZone"]);
    const london = createWallClock("f", "Europe/London", ["timeZone"]);
    const t = Date.UTC(1970, 0, 1);
    expect(monrovia(t) - t).toBe(-(44 * 60_000 + 30_000));
    expect(tzDateWallMs(t, "Africa/Monrovia") - t).toBe(44 * 60_000 + 30_000); // the upstream bug
    const u = Date.UTC(1800, 0, 1);
    expect(london(u) - u).toBe(-75_000);
    // Positive sub-hour offsets keep their sign: Paris mean time +00:09:21 (1900).
    const v = Date.UTC(1900, 0, 1);
    expect(createWallClock("f", "Europe/Paris", ["timeZone"])(v) - v).toBe(9 * 60_000 + 21_000);
  });
});

/**
 * Checks one reading against both oracles: `Intl#formatToParts` always, and @date-fns/tz's `TZDate`
 * except where the true offset lies strictly between −1 h and 0, where @date-fns/tz 1.5 returns the
 * offset with the wrong sign (date-fns/date-fns#4279): there it must be exactly the mirror image.
 */
function expectOracleReading(zone: string, epochMs: number): void {
  const wall = createWallClock("f", zone, ["timeZone"])(epochMs);
  const label = `${zone} at ${new Date(epochMs).toISOString()}`;
  expect(wall, label).toBe(intlWallMs(epochMs, zone));
  const offset = wall - epochMs;
  const tzDateOffset = tzDateWallMs(epochMs, zone) - epochMs;
  if (offset > -HOUR && offset < 0) expect(tzDateOffset, label).toBe(-offset);
  else expect(offset, label).toBe(tzDateOffset);
}

describe("createWallClock against @date-fns/tz (TZDate) and Intl as oracles", () => {
  it("agrees on random instants over the whole Date range, in 32 zones", () => {
    fc.assert(fc.property(oracleZone, wideInstantMs, (zone, t) => expectOracleReading(zone, t)));
  });
  it("agrees on random instants 1900–2100, in 32 zones", () => {
    fc.assert(
      fc.property(oracleZone, modernInstantMs, (zone, t) => expectOracleReading(zone, t)),
      { numRuns: 500 },
    );
  });
  it("agrees within ±2 h of daylight-saving and historical offset changes (1900–2040), to the millisecond", () => {
    fc.assert(
      fc.property(nearOffsetChange, ({ zone, epochMs }) => expectOracleReading(zone, epochMs)),
      { numRuns: 1000 },
    );
  });
});
