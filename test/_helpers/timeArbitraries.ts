import { TZDate } from "@date-fns/tz/date";
import { tzScan } from "@date-fns/tz/tzScan";
import fc from "fast-check";

/**
 * IANA zones on which the calendar code is checked against date-fns / @date-fns/tz: daylight saving in
 * both hemispheres and at midnight (Havana, Santiago), negative DST (Dublin), half-hour and 45-minute
 * offsets (Kolkata, Kathmandu, Eucla, Chatham, Marquesas, St Johns), a 30-minute DST shift (Lord Howe),
 * skipped days (Apia 2011-12-30, Kwajalein 1993-08-21), ±14 h (Kiritimati, Etc/GMT+12), historical
 * offsets with seconds, and the sub-hour offsets west of Greenwich that @date-fns/tz 1.5 misreads
 * (Monrovia −00:44:30 until 1972, Dublin −00:25:21, London −00:01:15, Lisbon −00:36:45) next to the
 * ones east of it that it reads right (Paris +00:09:21, Lagos +00:13:35).
 */
export const oracleZones = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/St_Johns",
  "America/Havana",
  "America/Caracas",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Africa/Lagos",
  "Europe/Paris",
  "Europe/Moscow",
  "Africa/Monrovia",
  "Africa/Casablanca",
  "Africa/Cairo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tehran",
  "Asia/Kabul",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Adelaide",
  "Australia/Eucla",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Pacific/Kiritimati",
  "Pacific/Marquesas",
  "Pacific/Kwajalein",
  "Antarctica/Troll",
  "Etc/GMT+12",
] as const;

/** One of {@link oracleZones}. */
export const oracleZone = fc.constantFrom(...oracleZones);

/** Epoch ms over the whole `Date` range except its last 2 days at each end (where `TZDate` reads NaN). */
export const wideInstantMs = fc.integer({
  min: -8_640_000_000_000_000 + 172_800_000,
  max: 8_640_000_000_000_000 - 172_800_000,
});

/** Epoch ms from 1900 to 2100, where daylight saving lives. */
export const modernInstantMs = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });

/**
 * An instant within ±2 h (ms resolution, with the edges ±1 ms, ±1 s, ±1 min stressed) of a change of UTC
 * offset in a zone of {@link oracleZones} between 1900 and 2040, as found by @date-fns/tz's `tzScan`
 * (which reports the first whole UTC hour after each change); mid-year if that year has none.
 */
export const nearOffsetChange = fc
  .record({
    zone: oracleZone,
    year: fc.integer({ min: 1900, max: 2040 }),
    pick: fc.nat(),
    delta: fc.oneof(
      fc.constantFrom(-3_600_001, -3_600_000, -60_000, -1000, -1, 0, 1, 1000, 60_000, 3_599_999),
      fc.integer({ min: -7_200_000, max: 7_200_000 }),
    ),
  })
  .map(({ zone, year, pick, delta }) => {
    const changes = tzScan(zone, { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) });
    const at = changes.length === 0 ? Date.UTC(year, 6, 1) : changes[pick % changes.length]!.date.getTime();
    return { zone, epochMs: at + delta };
  });

/** Wall milliseconds (the reading encoded as UTC) of a date whose local getters give a wall clock. */
function wallOfFields(d: Date): number {
  const wall = new Date(0);
  wall.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
  wall.setUTCHours(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  return wall.getTime();
}

/**
 * The wall clock of `zone` at an instant as @date-fns/tz reads it: the fields of `new TZDate(epochMs,
 * zone)` (reading them never involves the machine's zone), encoded as wall milliseconds.
 */
export function tzDateWallMs(epochMs: number, zone: string): number {
  return wallOfFields(new TZDate(epochMs, zone));
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A second, independent reading of the wall clock, through `Intl.DateTimeFormat#formatToParts`
 * (era-aware, so years before 1 AD are right): the arbiter where @date-fns/tz is known to be wrong.
 */
export function intlWallMs(epochMs: number, zone: string): number {
  let format = partsFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormats.set(zone, format);
  }
  const subSecond = ((epochMs % 1000) + 1000) % 1000;
  const fields: Record<string, string> = {};
  for (const part of format.formatToParts(epochMs - subSecond)) fields[part.type] = part.value;
  const year = fields.era?.startsWith("B") ? 1 - Number(fields.year) : Number(fields.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  wall.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second), subSecond);
  return wall.getTime();
}
