import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { createWallClock, parseFixedOffset } from "../../_lib/wallClock.ts";

const HOUR_MS = 3_600_000;

/**
 * Maps an instant (epoch milliseconds) to its civil day number (days since 1970-01-01) in a time zone.
 *
 * @internal
 */
export type CivilDayReader = (epochMs: number) => number;

/**
 * Builds a {@link CivilDayReader} on top of {@link createWallClock}, fast enough for millions of rows:
 * `"UTC"` and fixed offsets are one addition and one division; IANA zones read the zone's offset once
 * per UTC hour and reuse it for every instant in that hour. An hour whose start and last second have
 * different offsets (it contains a daylight-saving or historical change) is never cached: each instant
 * in it is read through the wall clock itself. So the reader returns exactly
 * `Math.floor(createWallClock(…)(epochMs) / DAY_MS)`, provided a zone never changes its offset twice
 * within one hour (no zone in the IANA database does).
 *
 * @param fnName - Public function name, first word of the error message.
 * @param timeZone - `"UTC"` (or `undefined`), a fixed offset `±hh:mm` or an IANA name (shape already checked).
 * @param path - Path of the `timeZone` argument for the error.
 * @returns The reader; it keeps its own cache (one per call of the public function).
 * @throws {@link ClienteleInputError} `invalid_input` at `path` if the runtime does not know the zone.
 * @internal
 */
export function createCivilDayReader(
  fnName: string,
  timeZone: string | undefined,
  path: readonly (string | number)[],
): CivilDayReader {
  if (timeZone === undefined || timeZone === "UTC") return (epochMs) => Math.floor(epochMs / DAY_MS);
  const offset = parseFixedOffset(timeZone);
  if (offset !== undefined) {
    const offsetMs = offset * 60_000;
    return (epochMs) => Math.floor((epochMs + offsetMs) / DAY_MS);
  }
  const clock = createWallClock(fnName, timeZone, path);
  // UTC hour number → offset in ms for the whole hour, or NaN when the offset changes within it.
  const offsets = new Map<number, number>();
  return (epochMs) => {
    const hour = Math.floor(epochMs / HOUR_MS);
    let offsetMs = offsets.get(hour);
    if (offsetMs === undefined) {
      const start = hour * HOUR_MS;
      const last = start + HOUR_MS - 1000;
      const atStart = clock(start) - start;
      offsetMs = clock(last) - last === atStart ? atStart : Number.NaN;
      offsets.set(hour, offsetMs);
    }
    if (Number.isNaN(offsetMs)) return Math.floor(clock(epochMs) / DAY_MS);
    return Math.floor((epochMs + offsetMs) / DAY_MS);
  };
}
