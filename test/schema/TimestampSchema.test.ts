import { describe, expect, it } from "vitest";
import { parseInput, TimestampSchema } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("TimestampSchema", () => {
  it("accepts a valid Date and returns a copy", () => {
    const d = new Date("1997-01-01T00:00:00Z");
    const out = parseInput("f", TimestampSchema, d);
    expect(out.getTime()).toBe(d.getTime());
    expect(out).not.toBe(d);
  });
  it("accepts strict ISO-8601 strings", () => {
    expect(parseInput("f", TimestampSchema, "1997-09-30").toISOString()).toBe("1997-09-30T00:00:00.000Z");
  });
  it("rejects an invalid Date, a number and a malformed string with clear messages", () => {
    expect(
      expectClienteleError(() => parseInput("f", TimestampSchema, new Date(Number.NaN)), "invalid_input").issues[0]
        ?.message,
    ).toBe("expected date | string, received Invalid Date");
    expect(
      expectClienteleError(() => parseInput("f", TimestampSchema, 19970101), "invalid_input").issues[0]?.message,
    ).toBe("expected date | string, received number");
    expect(
      expectClienteleError(() => parseInput("f", TimestampSchema, "1997-02-30"), "invalid_input").issues[0]?.message,
    ).toBe('expected ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm), received "1997-02-30"');
  });
});
