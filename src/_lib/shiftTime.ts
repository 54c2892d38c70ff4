import { addMonthsToCivil, civilFromDays, DAY_MS, daysFromCivil } from "./civilCalendar.ts";
import type { TimeUnit } from "./timeUnits.ts";

/**
 * A length of time for {@link shiftTime}: `length` whole calendar `unit`s (the shape of
 * `LoyaltyDuration` in clientele/loyalty and of the repurchase window in clientele/complaints).
 *
 * @internal
 */
export interface CalendarShift {
  /** How many units, a whole number > 0. */
  readonly length: number;
  /** The unit. */
  readonly unit: TimeUnit;
}

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/**
 * The instant `sign` × `duration` away from `ms` (epoch milliseconds), on the UTC calendar: days and
 * weeks as 24-hour days, months, quarters and years as calendar months with the day clamped to the end
 * of the target month, the time of day kept (as date-fns `addMonths` in UTC; property-tested against it
 * in test/_lib/shiftTime.test.ts). Integer civil-day code: it runs once per ledger event (loyalty) and once per customer (complaints).
 *
 * @param ms - Epoch milliseconds (finite).
 * @param duration - The length of time.
 * @param sign - 1 to go forward, −1 to go back.
 * @returns Epoch milliseconds.
 * @internal
 */
export function shiftTime(ms: number, duration: CalendarShift, sign: 1 | -1): number {
  const { length, unit } = duration;
  if (unit === "day") return ms + sign * length * DAY_MS;
  if (unit === "week") return ms + sign * length * 7 * DAY_MS;
  const days = Math.floor(ms / DAY_MS);
  const timeOfDay = ms - days * DAY_MS;
  const shifted = addMonthsToCivil(civilFromDays(days), sign * length * MONTHS[unit]);
  return daysFromCivil(shifted) * DAY_MS + timeOfDay;
}

const SLOTS = 4096;

/**
 * {@link shiftTime} by one fixed duration and sign, remembering the day shifts it computed (a
 * direct-mapped cache of 4,096 days): a ledger's events fall on a few hundred distinct days, so the
 * replay's three shifts per accrual cost a lookup instead of the civil-calendar arithmetic. Gives exactly
 * what `shiftTime` gives.
 *
 * @internal
 */
export class CachedShift {
  private readonly duration: CalendarShift;
  private readonly sign: 1 | -1;
  /** Days and weeks: a fixed number of milliseconds (`fixedMs`); else calendar months. */
  private readonly fixed: boolean;
  private readonly fixedMs: number;
  private readonly keys = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly values = new Float64Array(SLOTS);

  constructor(duration: CalendarShift, sign: 1 | -1) {
    this.duration = duration;
    this.sign = sign;
    const { length, unit } = duration;
    this.fixed = unit === "day" || unit === "week";
    this.fixedMs = sign * length * (unit === "week" ? 7 : 1) * DAY_MS;
  }

  /** `shiftTime(ms, duration, sign)`. */
  apply(ms: number): number {
    if (this.fixed) return ms + this.fixedMs;
    const days = Math.floor(ms / DAY_MS);
    const timeOfDay = ms - days * DAY_MS;
    const slot = days & (SLOTS - 1);
    if (this.keys[slot] !== days) {
      this.keys[slot] = days;
      this.values[slot] = shiftTime(days * DAY_MS, this.duration, this.sign);
    }
    return this.values[slot]! + timeOfDay;
  }
}
