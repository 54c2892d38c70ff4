import { constructFromSymbol } from "date-fns/constants";

/**
 * A `Date` whose local-time methods (`getFullYear`, `setMonth`, `getHours`, …) read and write its UTC
 * fields, and whose offset is always 0: the calendar context in which clientele/time runs date-fns
 * (`{ in: inUtc }`), so that date-fns' results never depend on the machine's time zone. Wall-clock
 * readings of other zones are first converted to UTC-encoded "wall milliseconds" (see
 * `_lib/wallClock.ts`), then handed to date-fns as a `UtcDate`.
 *
 * @remarks
 * `TZDate` from `@date-fns/tz` in zone `"UTC"` would be the obvious context, but its setters pass
 * through the machine's local time: with `TZ=Pacific/Apia` (a zone that skipped 2011-12-30),
 * `startOfWeek` of Saturday 2011-12-31 with weeks starting on Friday gives the 31st instead of the
 * 30th, and `addMonths(2011-11-30, 1)` gives Dec 31 (date-fns/tz#13 and #40 report the same
 * dependence). This class is the equivalent of `UTCDateMini` from `@date-fns/utc`, which is not a
 * dependency of clientele. Methods are written out (no prototype patching at module load).
 *
 * @internal
 */
export class UtcDate extends Date {
  /** @param epochMs - Milliseconds since 1970-01-01T00:00:00Z. */
  constructor(epochMs: number) {
    super(epochMs);
  }

  /** date-fns builds every intermediate date through this, so they stay `UtcDate`s. */
  [constructFromSymbol](value: Date | number | string): UtcDate {
    return inUtc(value);
  }

  override getTimezoneOffset(): number {
    return 0;
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override setFullYear(...args: Parameters<Date["setUTCFullYear"]>): number {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: Parameters<Date["setUTCMonth"]>): number {
    return this.setUTCMonth(...args);
  }
  override setDate(...args: Parameters<Date["setUTCDate"]>): number {
    return this.setUTCDate(...args);
  }
  override setHours(...args: Parameters<Date["setUTCHours"]>): number {
    return this.setUTCHours(...args);
  }
  override setMinutes(...args: Parameters<Date["setUTCMinutes"]>): number {
    return this.setUTCMinutes(...args);
  }
  override setSeconds(...args: Parameters<Date["setUTCSeconds"]>): number {
    return this.setUTCSeconds(...args);
  }
  override setMilliseconds(...args: Parameters<Date["setUTCMilliseconds"]>): number {
    return this.setUTCMilliseconds(...args);
  }
}

/**
 * The date-fns context function for {@link UtcDate}: pass `{ in: inUtc }` to any date-fns function.
 *
 * @param value - A date, a timestamp or a date string (parsed as `Date.parse` does).
 * @returns The same instant as a fresh `UtcDate`.
 * @internal
 */
export function inUtc(value: Date | number | string): UtcDate {
  return new UtcDate(typeof value === "string" ? Date.parse(value) : +value);
}
