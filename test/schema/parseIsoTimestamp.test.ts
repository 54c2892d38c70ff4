import { describe, expect, it } from "vitest";
import { parseIsoTimestamp } from "../../src/schema/index.ts";

const iso = (s: string) => parseIsoTimestamp(s)?.toISOString();

describe("parseIsoTimestamp", () => {
  it("reads a calendar date as midnight UTC", () => {
    expect(iso("1997-01-01")).toBe("1997-01-01T00:00:00.000Z");
  });
  it("applies the offset of a date-time (Z, ±hh:mm, ±hhmm)", () => {
    expect(iso("2024-03-10T02:30:00-05:00")).toBe("2024-03-10T07:30:00.000Z");
    expect(iso("2024-03-10T02:30+0530")).toBe("2024-03-09T21:00:00.000Z");
    expect(iso("2024-03-10 02:30:00.25Z")).toBe("2024-03-10T02:30:00.250Z");
  });
  it("accepts 29 February only in leap years", () => {
    expect(iso("2024-02-29")).toBe("2024-02-29T00:00:00.000Z");
    expect(iso("2000-02-29")).toBe("2000-02-29T00:00:00.000Z");
    expect(parseIsoTimestamp("2023-02-29")).toBeUndefined();
    expect(parseIsoTimestamp("1900-02-29")).toBeUndefined();
    // year 0000 (1 BC) is a leap year of the proleptic Gregorian calendar; Date.UTC would read it as 1900
    expect(parseIsoTimestamp("0000-02-29T12:00Z")?.getTime()).toBe(Date.UTC(2000, 1, 29, 12) - 730_485 * 86_400_000);
    expect(parseIsoTimestamp("0100-02-29")).toBeUndefined();
  });
  it("rejects impossible dates instead of rolling them over", () => {
    for (const s of [
      "2023-02-30",
      "2023-13-01",
      "2023-00-10",
      "2023-04-31",
      "2023-01-01T24:00Z",
      "2023-01-01T10:60Z",
    ]) {
      expect(parseIsoTimestamp(s), s).toBeUndefined();
    }
  });
  it("rejects a date-time without an offset (it would depend on the machine's time zone)", () => {
    expect(parseIsoTimestamp("2024-03-10T02:30:00")).toBeUndefined();
  });
  it("rejects other formats", () => {
    for (const s of ["19970101", "01/02/1997", "1997-1-1", "", "yesterday", "1997-01-01T"]) {
      expect(parseIsoTimestamp(s), s).toBeUndefined();
    }
  });
  it("truncates sub-millisecond digits instead of rounding into the next second (or year)", () => {
    expect(iso("1997-12-31T23:59:59.9999Z")).toBe("1997-12-31T23:59:59.999Z");
    expect(iso("2024-03-10T02:30:00.5Z")).toBe("2024-03-10T02:30:00.500Z");
    expect(iso("2024-03-10T02:30:00.123456789Z")).toBe("2024-03-10T02:30:00.123Z");
  });
  it("keeps years before 100 as written", () => {
    expect(iso("0050-06-01")).toBe("0050-06-01T00:00:00.000Z");
  });
});

describe("parseIsoTimestamp with expanded years", () => {
  it("reads ±YYYYYY years, as the library writes dates after 9999 (metadata gave +010000-06-01 that it then rejected)", () => {
    expect(parseIsoTimestamp("+010000-06-01")?.toISOString()).toBe("+010000-06-01T00:00:00.000Z");
    expect(parseIsoTimestamp("-000001-12-31T23:00:00-01:00")?.toISOString()).toBe("0000-01-01T00:00:00.000Z");
    expect(parseIsoTimestamp("+275760-09-13")?.getTime()).toBe(8.64e15);
  });
  it("rejects year -000000, a 5-digit year and instants beyond what a Date holds", () => {
    for (const text of ["-000000-01-01", "+10000-06-01", "+275760-09-14", "-271821-04-19"]) {
      expect(parseIsoTimestamp(text), text).toBeUndefined();
    }
  });
});
