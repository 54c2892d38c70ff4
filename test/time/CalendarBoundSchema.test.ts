import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/parseInput.ts";
import { TimestampSchema } from "../../src/schema/TimestampSchema.ts";
import { CalendarBoundSchema } from "../../src/time/CalendarBoundSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("CalendarBoundSchema", () => {
  it("returns a date-only string as given (a calendar date, not midnight UTC)", () => {
    expect(parseInput("f", CalendarBoundSchema, "2024-06-30")).toBe("2024-06-30");
    expect(parseInput("f", CalendarBoundSchema, "+010000-06-01")).toBe("+010000-06-01");
  });

  it("returns a date-time with an offset as given, and a copy of a Date", () => {
    expect(parseInput("f", CalendarBoundSchema, "2024-06-30T12:00:00-04:00")).toBe("2024-06-30T12:00:00-04:00");
    const d = new Date("2024-06-30T12:00:00Z");
    const out = parseInput("f", CalendarBoundSchema, d);
    expect(out).toBeInstanceOf(Date);
    expect(out).not.toBe(d);
    expect((out as Date).getTime()).toBe(d.getTime());
  });

  it("accepts exactly the strings TimestampSchema accepts", () => {
    const candidates = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        ),
      fc.constantFrom("2024-06-30T12:00:00", "2024-06-30T12:00:00Z", "2024-06-30 12:00+05:30", "-000000-01-01"),
    );
    fc.assert(
      fc.property(candidates, (text) => {
        const ok = (schema: typeof TimestampSchema | typeof CalendarBoundSchema) => {
          try {
            parseInput("f", schema, text);
            return true;
          } catch {
            return false;
          }
        };
        expect(ok(CalendarBoundSchema), text).toBe(ok(TimestampSchema));
      }),
      { numRuns: 500 },
    );
  });

  it("rejects a date-time without an offset, an impossible date, an invalid Date and a number with invalid_input", () => {
    const e = expectClienteleError(
      () => parseInput("f", CalendarBoundSchema, "2024-06-30T12:00:00", ["options", "observationEnd"]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.observationEnd"]);
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm), received "2024-06-30T12:00:00" → at options.observationEnd"
    `);
    for (const bad of ["2023-02-29", new Date(Number.NaN), 20240630]) {
      expectClienteleError(() => parseInput("f", CalendarBoundSchema, bad), "invalid_input");
    }
  });
});
