import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoTimestampMs } from "../../src/_lib/isoTimestampMs.ts";
import { parseIsoTimestamp } from "../../src/schema/parseIsoTimestamp.ts";

const pad = (n: number, w: number) => String(n).padStart(w, "0");
/** Strings shaped like ISO timestamps, valid and not (fields out of range, bad separators, odd offsets). */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    time: fc.option(
      fc.record({
        sep: fc.constantFrom("T", "t", " ", "x"),
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 60 }),
        second: fc.option(fc.integer({ min: 0, max: 60 })),
        fraction: fc.option(fc.tuple(fc.constantFrom(".", ","), fc.stringMatching(/^\d{0,10}$/))),
        zone: fc.constantFrom("Z", "z", "+05:30", "-08:00", "+0530", "+24:00", "-00:60", "", "+5:30", "Z "),
      }),
    ),
  })
  .map(({ year, month, day, time }) => {
    let s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (time !== null) {
      s += `${time.sep}${pad(time.hour, 2)}:${pad(time.minute, 2)}`;
      if (time.second !== null) {
        s += `:${pad(time.second, 2)}`;
        if (time.fraction !== null) s += `${time.fraction[0]}${time.fraction[1]}`;
      }
      s += time.zone;
    }
    return s;
  });

describe("isoTimestampMs", () => {
  it("reads dates as midnight UTC and date-times with their offset", () => {
    expect(isoTimestampMs("1997-01-01")).toBe(Date.UTC(1997, 0, 1));
    expect(isoTimestampMs("2024-03-10T02:30:00-05:00")).toBe(Date.parse("2024-03-10T07:30:00Z"));
    expect(isoTimestampMs("2024-03-10 02:30+0530")).toBe(Date.parse("2024-03-09T21:00:00Z"));
    expect(isoTimestampMs("0001-01-01")).toBe(new Date("0001-01-01T00:00:00Z").getTime());
  });

  it("returns NaN for what the schema rejects: impossible dates, no offset, bad shapes", () => {
    for (const s of ["2023-02-29", "2024-03-10T02:30:00", "1997-1-1", "", "1997-01-01T24:00Z", "1997-01-01Z"]) {
      expect(isoTimestampMs(s), s).toBeNaN();
    }
  });

  it("truncates digits beyond milliseconds, as parseIsoTimestamp does", () => {
    expect(isoTimestampMs("1997-12-31T23:59:59.9999Z")).toBe(Date.parse("1997-12-31T23:59:59.999Z"));
    expect(isoTimestampMs("1997-12-31T23:59:59.5Z")).toBe(Date.parse("1997-12-31T23:59:59.500Z"));
  });

  it("agrees with parseIsoTimestamp on every string it accepts and rejects what parseIsoTimestamp rejects", () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string({ maxLength: 30 })), (s) => {
        const fast = isoTimestampMs(s);
        const slow = parseIsoTimestamp(s);
        if (Number.isNaN(fast)) expect(slow).toBeUndefined();
        else expect(slow?.getTime()).toBe(fast);
      }),
      { numRuns: 3000 },
    );
  });
});
