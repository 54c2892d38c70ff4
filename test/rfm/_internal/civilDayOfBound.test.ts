import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../../src/_lib/civilCalendar.ts";
import { civilDayOfBound } from "../../../src/rfm/_internal/civilDayOfBound.ts";
import { createCivilDayReader } from "../../../src/rfm/_internal/civilDayReader.ts";

const june30 = daysFromCivil({ year: 2024, month: 6, day: 30 });

describe("civilDayOfBound", () => {
  it("reads a date-only string as that calendar date in every zone", () => {
    for (const zone of ["UTC", "America/New_York", "Pacific/Pago_Pago", "Pacific/Kiritimati", "+05:30", "-09:30"]) {
      const dayOf = createCivilDayReader("f", zone, ["timeZone"]);
      expect(civilDayOfBound("2024-06-30", dayOf), zone).toBe(june30);
    }
    const utc = createCivilDayReader("f", "UTC", ["timeZone"]);
    expect(civilDayOfBound("+010000-01-01", utc)).toBe(daysFromCivil({ year: 10000, month: 1, day: 1 }));
  });

  it("reads a Date or a date-time with an offset as the civil date of the instant in the zone", () => {
    const ny = createCivilDayReader("f", "America/New_York", ["timeZone"]);
    expect(civilDayOfBound("2024-07-01T02:00:00Z", ny)).toBe(june30); // 22:00 on June 30 in New York
    expect(civilDayOfBound(new Date("2024-07-01T02:00:00Z"), ny)).toBe(june30);
    expect(civilDayOfBound(new Date("2024-07-01T04:00:00Z"), ny)).toBe(june30 + 1);
    const kolkata = createCivilDayReader("f", "Asia/Kolkata", ["timeZone"]);
    expect(civilDayOfBound("2024-06-30T20:00:00Z", kolkata)).toBe(june30 + 1); // 01:30 on July 1
  });
});
