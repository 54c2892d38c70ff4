import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWallClock, isIanaTimeZone, isTimeZoneShape, parseFixedOffset } from "../../src/_lib/wallClock.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

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
});
