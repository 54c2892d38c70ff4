import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/parseInput.ts";
import { TimeZoneSchema } from "../../src/time/TimeZoneSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("TimeZoneSchema", () => {
  it('accepts "UTC", fixed offsets ±hh:mm and IANA names, returning them unchanged', () => {
    for (const zone of [
      "UTC",
      "+05:30",
      "-08:00",
      "+00:00",
      "-00:00",
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Asia/Kolkata",
      "US/Eastern",
      "Etc/GMT+5",
    ]) {
      expect(parseInput("f", TimeZoneSchema, zone)).toBe(zone);
    }
  });
  it("rejects unknown names and malformed offsets with invalid_input at the given path", () => {
    for (const zone of ["Mars/Olympus_Mons", "", "+0530", "+05", "+24:00", "+05:60", "Z", "EST+5:00"]) {
      const e = expectClienteleError(
        () => parseInput("f", TimeZoneSchema, zone, ["options", "timeZone"]),
        "invalid_input",
      );
      expect(issuePaths(e), zone).toEqual(["options.timeZone"]);
    }
  });
  it("explains the three accepted forms in its message", () => {
    const e = expectClienteleError(() => parseInput("f", TimeZoneSchema, "Mars/Olympus_Mons"), "invalid_input");
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected "UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York", received "Mars/Olympus_Mons""
    `);
  });
  it("rejects non-strings", () => {
    for (const zone of [5, null, new Date(0)]) {
      const e = expectClienteleError(() => parseInput("f", TimeZoneSchema, zone, ["timeZone"]), "invalid_input");
      expect(issuePaths(e)).toEqual(["timeZone"]);
      expect(e.issues[0]?.code).toBe("invalid_type");
    }
  });
});
