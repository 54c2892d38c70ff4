import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { DAY_MS, daysFromCivil, mod } from "./civilCalendar.ts";

/**
 * What a time zone must be, as worded in `invalid_input` issues.
 *
 * @internal
 */
export const TIME_ZONE_EXPECTED = `"UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York"`;

/**
 * Reads the wall clock of one time zone: maps an instant (epoch milliseconds) to its wall-clock
 * reading in that zone, encoded as "wall milliseconds" — the epoch milliseconds the same reading
 * would denote in UTC. `Math.floor(wall / DAY_MS)` is then the civil day number and the remainder
 * the time of day, so all later calendar arithmetic is plain integer arithmetic that never touches
 * the machine's own time zone.
 *
 * @internal
 */
export type WallClock = (epochMs: number) => number;

const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * Parses a fixed UTC offset `±hh:mm` (hours 00–23, minutes 00–59).
 *
 * @param timeZone - The candidate string.
 * @returns The offset in minutes east of UTC, or `undefined` if `timeZone` is not of that form.
 * @internal
 */
export function parseFixedOffset(timeZone: string): number | undefined {
  const m = FIXED_OFFSET.exec(timeZone);
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes) + 0;
}

/**
 * Whether `timeZone` has the shape of a time zone: `"UTC"`, a valid fixed offset, or a non-empty
 * string not starting with a sign (a candidate IANA name, checked later by {@link createWallClock}).
 * Cheap: no `Intl` call.
 *
 * @param timeZone - The candidate string.
 * @returns Whether it may be a time zone.
 * @internal
 */
export function isTimeZoneShape(timeZone: string): boolean {
  if (timeZone === "UTC" || parseFixedOffset(timeZone) !== undefined) return true;
  return timeZone !== "" && !timeZone.startsWith("+") && !timeZone.startsWith("-");
}

/**
 * Whether the runtime's `Intl` knows `timeZone` as an IANA zone name (or alias, e.g. `US/Eastern`).
 * Strings starting with `+` or `-` are never IANA names here: offsets go through
 * {@link parseFixedOffset}, so every runtime reads them the same way.
 *
 * @param timeZone - The candidate name.
 * @returns Whether `Intl.DateTimeFormat` accepts it.
 * @internal
 */
export function isIanaTimeZone(timeZone: string): boolean {
  if (timeZone === "" || timeZone.startsWith("+") || timeZone.startsWith("-")) return false;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone !== "";
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/**
 * Builds the {@link WallClock} of a time zone: `undefined` and `"UTC"` read UTC, `±hh:mm` adds the
 * fixed offset, anything else is an IANA name read through one `Intl.DateTimeFormat` (created here,
 * once per call of the public function; proleptic Gregorian calendar, `h23` hours, era-aware so
 * years before 1 AD are right). Creating that formatter is also what validates the name, so public
 * functions parse `timeZone` with a shape-only check ({@link isTimeZoneShape}) and let this throw.
 *
 * @param fnName - Public function name, first word of the error message.
 * @param timeZone - `"UTC"`, a fixed offset or an IANA name (shape already checked).
 * @param path - Path of the `timeZone` argument, e.g. `["options", "timeZone"]`.
 * @returns The wall clock.
 * @throws {@link ClienteleInputError} `invalid_input` at `path` if the runtime does not know the zone.
 * @internal
 */
export function createWallClock(
  fnName: string,
  timeZone: string | undefined,
  path: readonly (string | number)[],
): WallClock {
  if (timeZone === undefined || timeZone === "UTC") return (epochMs) => epochMs;
  const offset = parseFixedOffset(timeZone);
  if (offset !== undefined) {
    const offsetMs = offset * 60_000;
    return (epochMs) => epochMs + offsetMs;
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
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
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const received = timeZone.length <= 40 ? JSON.stringify(timeZone) : "string";
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "custom",
          path,
          message: `expected ${TIME_ZONE_EXPECTED}, received ${received}`,
          expected: TIME_ZONE_EXPECTED,
          received,
        },
      ],
      cause: error,
    });
  }
  return (epochMs) => {
    // Intl resolves whole seconds; carry the milliseconds over unchanged (offsets are whole seconds).
    const subSecond = mod(epochMs, 1000);
    const second = epochMs - subSecond;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let sec = 0;
    let beforeChrist = false;
    for (const part of format.formatToParts(second)) {
      switch (part.type) {
        case "year":
          year = Number(part.value);
          break;
        case "month":
          month = Number(part.value);
          break;
        case "day":
          day = Number(part.value);
          break;
        case "hour":
          hour = Number(part.value);
          break;
        case "minute":
          minute = Number(part.value);
          break;
        case "second":
          sec = Number(part.value);
          break;
        case "era":
          beforeChrist = part.value.startsWith("B");
          break;
        default:
          break;
      }
    }
    if (beforeChrist) year = 1 - year;
    const wallSecond = daysFromCivil({ year, month, day }) * DAY_MS + hour * 3_600_000 + minute * 60_000 + sec * 1000;
    return wallSecond + subSecond;
  };
}
