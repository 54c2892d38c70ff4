import { tz } from "@date-fns/tz";
import { addDays, addMonths, addWeeks } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CachedShift, shiftTime } from "../../src/_lib/shiftTime.ts";

const utc = tz("UTC");

describe("shiftTime", () => {
  it("clamps months to the end of the target month and keeps the time of day", () => {
    expect(new Date(shiftTime(Date.parse("2024-01-31T10:00:00Z"), { length: 1, unit: "month" }, 1)).toISOString()).toBe(
      "2024-02-29T10:00:00.000Z",
    );
    expect(
      new Date(shiftTime(Date.parse("2024-03-31T00:00:00Z"), { length: 1, unit: "month" }, -1)).toISOString(),
    ).toBe("2024-02-29T00:00:00.000Z");
  });

  it("agrees with date-fns in UTC for every unit, forward and back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom("day", "week", "month", "quarter", "year" as const),
        fc.constantFrom(1 as const, -1 as const),
        (ms, length, unit, sign) => {
          const n = sign * length;
          const d = new Date(ms);
          const expected =
            unit === "day"
              ? addDays(d, n, { in: utc })
              : unit === "week"
                ? addWeeks(d, n, { in: utc })
                : addMonths(d, n * { month: 1, quarter: 3, year: 12 }[unit], { in: utc });
          expect(shiftTime(ms, { length, unit }, sign)).toBe(expected.getTime());
        },
      ),
    );
  });

  it("CachedShift gives what shiftTime gives, cache hits and collisions included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom("day", "week", "month", "quarter", "year" as const),
        fc.constantFrom(1 as const, -1 as const),
        // Instants on a few days (hits), and days 4,096 apart (the same slot: collisions).
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -2, max: 2 }), fc.nat(86_399_999)), {
          minLength: 1,
          maxLength: 40,
        }),
        (length, unit, sign, instants) => {
          const shift = new CachedShift({ length, unit }, sign);
          for (const [day, lap, timeOfDay] of instants) {
            const ms = (Date.UTC(2020, 1, 25) / 86_400_000 + day + lap * 4096) * 86_400_000 + timeOfDay;
            expect(shift.apply(ms)).toBe(shiftTime(ms, { length, unit }, sign));
          }
        },
      ),
    );
  });
});
