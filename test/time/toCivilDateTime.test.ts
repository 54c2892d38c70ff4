import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCivilDateTime } from "../../src/time/toCivilDateTime.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const HOUR = 3_600_000;
const anyDate = fc.date({ noInvalidDate: true });
const at = (iso: string) => new Date(iso);

describe("toCivilDateTime", () => {
  it("reads UTC by default, with milliseconds", () => {
    expect(toCivilDateTime(at("1997-01-01T23:59:58.125Z"))).toEqual({
      year: 1997,
      month: 1,
      day: 1,
      hour: 23,
      minute: 59,
      second: 58,
      millisecond: 125,
    });
  });

  it("agrees with the UTC getters of Date for any instant", () => {
    fc.assert(
      fc.property(anyDate, (t) => {
        expect(toCivilDateTime(t, "UTC")).toEqual({
          year: t.getUTCFullYear(),
          month: t.getUTCMonth() + 1,
          day: t.getUTCDate(),
          hour: t.getUTCHours(),
          minute: t.getUTCMinutes(),
          second: t.getUTCSeconds(),
          millisecond: t.getUTCMilliseconds(),
        });
      }),
    );
  });

  it("reads a fixed offset as UTC shifted by that offset", () => {
    fc.assert(
      fc.property(fc.date({ min: at("1900-01-01"), max: at("2100-01-01"), noInvalidDate: true }), (t) => {
        expect(toCivilDateTime(t, "+05:30")).toEqual(toCivilDateTime(new Date(t.getTime() + 5.5 * HOUR)));
        expect(toCivilDateTime(t, "-08:00")).toEqual(toCivilDateTime(new Date(t.getTime() - 8 * HOUR)));
      }),
    );
  });

  it("jumps from 01:59:59.999 to 03:00 at the New York spring-forward change (2024-03-10)", () => {
    const before = toCivilDateTime(at("2024-03-10T06:59:59.999Z"), "America/New_York");
    const after = toCivilDateTime(at("2024-03-10T07:00:00Z"), "America/New_York");
    expect([before.day, before.hour, before.minute, before.millisecond]).toEqual([10, 1, 59, 999]);
    expect([after.day, after.hour, after.minute]).toEqual([10, 3, 0]);
  });

  it("shows 01:30 twice at the New York fall-back change (2024-11-03), an hour apart", () => {
    const first = toCivilDateTime(at("2024-11-03T05:30:00Z"), "America/New_York");
    const second = toCivilDateTime(at("2024-11-03T06:30:00Z"), "America/New_York");
    expect(first).toEqual(second);
    expect([first.day, first.hour, first.minute]).toEqual([3, 1, 30]);
  });

  it("follows Europe/London: GMT in winter, BST from 2024-03-31 01:00 UTC", () => {
    expect(toCivilDateTime(at("2024-03-31T00:59:00Z"), "Europe/London").hour).toBe(0);
    expect(toCivilDateTime(at("2024-03-31T01:00:00Z"), "Europe/London").hour).toBe(2);
  });

  it("follows Lord Howe's half-hour shift: 01:59 then 02:30 on 2024-10-06", () => {
    const before = toCivilDateTime(at("2024-10-05T15:29:00Z"), "Australia/Lord_Howe");
    const after = toCivilDateTime(at("2024-10-05T15:30:00Z"), "Australia/Lord_Howe");
    expect([before.day, before.hour, before.minute]).toEqual([6, 1, 59]);
    expect([after.day, after.hour, after.minute]).toEqual([6, 2, 30]);
  });

  it("handles dates before 1970 and before year 1 (astronomical year numbering)", () => {
    expect(toCivilDateTime(at("1900-02-28T23:00:00Z"), "+02:00")).toMatchObject({ year: 1900, month: 3, day: 1 });
    const bc = new Date(Date.UTC(2000, 5, 15, 12));
    bc.setUTCFullYear(-5);
    expect(toCivilDateTime(bc, "Europe/London")).toMatchObject({ year: -5, month: 6, day: 15 });
    expect(toCivilDateTime(bc, "UTC")).toMatchObject({ year: -5, month: 6, day: 15, hour: 12 });
  });

  it("rejects an invalid Date or a non-Date at instant and an unknown zone at timeZone", () => {
    const e1 = expectClienteleError(() => toCivilDateTime(new Date(Number.NaN)), "invalid_input");
    expect(issuePaths(e1)).toEqual(["instant"]);
    const e2 = expectClienteleError(() => toCivilDateTime("2024-01-01" as unknown as Date), "invalid_input");
    expect(issuePaths(e2)).toEqual(["instant"]);
    const e3 = expectClienteleError(() => toCivilDateTime(new Date(0), "Mars/Olympus_Mons"), "invalid_input");
    expect(issuePaths(e3)).toEqual(["timeZone"]);
    expect(e3.message).toMatchInlineSnapshot(`
      "toCivilDateTime: invalid input
        ✖ expected "UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York", received "Mars/Olympus_Mons" → at timeZone"
    `);
  });

  it("does not mutate its input and is deterministic", () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom("UTC", "+05:30", "America/New_York"), (t, zone) => {
        const before = t.getTime();
        const first = toCivilDateTime(t, zone);
        expect(t.getTime()).toBe(before);
        expect(toCivilDateTime(t, zone)).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});
