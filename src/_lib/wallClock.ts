import { tzOffset } from "@date-fns/tz/tzOffset";
import { ClienteleInputError } from "../errors/ClienteleError.ts";

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
 * the time of day. Nothing after this step touches the machine's own time zone: the hot paths (rfm
 * summaries, customer overviews) continue in integer civil-day arithmetic, clientele/time hands the
 * reading to date-fns in a UTC context (`time/_internal/UtcDate.ts`).
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
 * fixed offset (parsed here, never by `Intl` or `@date-fns/tz`), anything else is an IANA name whose
 * UTC offset at each instant comes from `@date-fns/tz`'s `tzOffset` (the runtime's `Intl` time zone
 * database, historical offsets with seconds included). The name is validated here by creating one
 * `Intl.DateTimeFormat`, so public functions parse `timeZone` with a shape-only check
 * ({@link isTimeZoneShape}) and let this throw.
 *
 * @remarks
 * `tzOffset` (`@date-fns/tz` 1.5) drops the sign of offsets between −01:00 and 00:00, which only
 * local mean times of zones just west of Greenwich had (London before 1847, Dublin before 1916,
 * Monrovia −00:44:30 until 1972): it returns +44.5 minutes for Monrovia. Offsets it reports between
 * 0 and +60 minutes are therefore checked against the zone's `longOffset` name (one extra formatter,
 * created only if such an instant is ever read); see date-fns/date-fns#4279. Fixed offsets such as
 * `"-00:30"` never reach `tzOffset`.
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
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
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
  let offsetName: Intl.DateTimeFormat | undefined;
  return (epochMs) => {
    const instant = new Date(epochMs);
    let minutes = tzOffset(timeZone, instant);
    if (minutes > 0 && minutes < 60) {
      offsetName ??= new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
      if (offsetName.format(instant).includes("GMT-")) minutes = -minutes;
    }
    // Offsets are whole seconds; tzOffset gives minutes with the seconds as a fraction (−296.0333…).
    return epochMs + Math.round(minutes * 60) * 1000;
  };
}
