import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import {
  addPeriods,
  type CivilDate,
  type CivilDateTime,
  civilDate,
  type ElapsedCalendarDaysOptions,
  type ElapsedCalendarDaysOptionsSchema,
  type ElapsedOptions,
  type ElapsedOptionsSchema,
  elapsed,
  elapsedCalendarDays,
  type PeriodIndexOptions,
  type PeriodIndexOptionsSchema,
  periodIndex,
  type StartOfPeriodOptions,
  type StartOfPeriodOptionsSchema,
  startOfPeriod,
  type TimeUnit,
  type TimeUnitSchema,
  type TimeZone,
  type TimeZoneSchema,
  timeUnits,
  toCivilDateTime,
  type WeekStartsOn,
  type WeekStartsOnSchema,
} from "../../src/time/index.ts";

describe("clientele/time types", () => {
  it("types units, week starts, zones and civil dates", () => {
    expectTypeOf<TimeUnit>().toEqualTypeOf<"day" | "week" | "month" | "quarter" | "year">();
    expectTypeOf(timeUnits).toEqualTypeOf<readonly ["day", "week", "month", "quarter", "year"]>();
    expectTypeOf<WeekStartsOn>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 6>();
    expectTypeOf<TimeZone>().toEqualTypeOf<string>();
    expectTypeOf<CivilDate>().toEqualTypeOf<string>();
  });

  it("makes schema outputs assignable to the option interfaces", () => {
    expectTypeOf<z.output<typeof TimeUnitSchema>>().toEqualTypeOf<TimeUnit>();
    expectTypeOf<z.output<typeof WeekStartsOnSchema>>().toEqualTypeOf<WeekStartsOn>();
    expectTypeOf<z.output<typeof TimeZoneSchema>>().toEqualTypeOf<TimeZone>();
    expectTypeOf<z.output<typeof ElapsedOptionsSchema>>().toExtend<ElapsedOptions>();
    expectTypeOf<z.output<typeof ElapsedCalendarDaysOptionsSchema>>().toExtend<ElapsedCalendarDaysOptions>();
    expectTypeOf<z.output<typeof StartOfPeriodOptionsSchema>>().toExtend<StartOfPeriodOptions>();
    expectTypeOf<z.output<typeof PeriodIndexOptionsSchema>>().toExtend<PeriodIndexOptions>();
  });

  it("requires a unit for elapsed and a period for startOfPeriod / periodIndex", () => {
    const d = new Date(0);
    // @ts-expect-error unit is required
    elapsed(d, d, {});
    // @ts-expect-error options are required
    elapsed(d, d);
    // @ts-expect-error period is required
    startOfPeriod(d, { timeZone: "UTC" });
    // @ts-expect-error period is required
    periodIndex(d, d, {});
    // @ts-expect-error weekStartsOn is 0–6
    startOfPeriod(d, { period: "week", weekStartsOn: 7 });
    // @ts-expect-error "fortnight" is not a TimeUnit
    addPeriods("1997-01-01", 1, "fortnight");
  });

  it("returns numbers, civil date strings and readonly civil date-times", () => {
    const d = new Date(0);
    expectTypeOf(elapsed(d, d, { unit: "week" })).toEqualTypeOf<number>();
    expectTypeOf(elapsedCalendarDays(d, d)).toEqualTypeOf<number>();
    expectTypeOf(periodIndex(d, d, { period: "quarter" })).toEqualTypeOf<number>();
    expectTypeOf(startOfPeriod(d, { period: "month" })).toEqualTypeOf<CivilDate>();
    expectTypeOf(civilDate(d, "Europe/London")).toEqualTypeOf<CivilDate>();
    expectTypeOf(addPeriods("1997-01-01", 1, "month")).toEqualTypeOf<CivilDate>();
    expectTypeOf(toCivilDateTime(d)).toEqualTypeOf<CivilDateTime>();
    expectTypeOf<CivilDateTime["year"]>().toEqualTypeOf<number>();
    // @ts-expect-error fields are readonly
    toCivilDateTime(d).year = 1;
  });

  it("accepts explicit undefined for optional options (exactOptionalPropertyTypes)", () => {
    const d = new Date(0);
    expectTypeOf(elapsed(d, d, { unit: "day", timeZone: undefined })).toEqualTypeOf<number>();
    expectTypeOf(elapsedCalendarDays(d, d, undefined)).toEqualTypeOf<number>();
    expectTypeOf(startOfPeriod(d, { period: "week", weekStartsOn: undefined })).toEqualTypeOf<CivilDate>();
  });
});
