/**
 * `clientele/time`: calendar periods and elapsed time, time-zone aware and independent of the
 * machine's own time zone. Nothing here reads the clock: every "now" (`asOf`, observation end) is an
 * argument. Units are never converted through fixed day counts: weeks are days / 7, months are
 * calendar months. Calendar arithmetic is done by date-fns, time-zone offsets come from `@date-fns/tz`.
 *
 * @module time
 */
export { addPeriods } from "./addPeriods.ts";
export { type CalendarBound, CalendarBoundSchema } from "./CalendarBoundSchema.ts";
export { type CivilDate, CivilDateSchema } from "./CivilDateSchema.ts";
export { civilDate } from "./civilDate.ts";
export { type ElapsedOptions, ElapsedOptionsSchema, elapsed } from "./elapsed.ts";
export {
  type ElapsedCalendarDaysOptions,
  ElapsedCalendarDaysOptionsSchema,
  elapsedCalendarDays,
} from "./elapsedCalendarDays.ts";
export { type PeriodIndexOptions, PeriodIndexOptionsSchema, periodIndex } from "./periodIndex.ts";
export { type StartOfPeriodOptions, StartOfPeriodOptionsSchema, startOfPeriod } from "./startOfPeriod.ts";
export { type TimeUnit, TimeUnitSchema, timeUnits } from "./TimeUnitSchema.ts";
export { type TimeZone, type TimeZoneOptions, TimeZoneSchema } from "./TimeZoneSchema.ts";
export { type CivilDateTime, toCivilDateTime } from "./toCivilDateTime.ts";
export { type WeekStartsOn, WeekStartsOnSchema } from "./WeekStartsOnSchema.ts";
