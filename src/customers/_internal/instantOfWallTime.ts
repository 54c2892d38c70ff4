import { DAY_MS } from "../../_lib/civilCalendar.ts";
import type { WallClock } from "../../_lib/wallClock.ts";

/**
 * The instant at which a zone's wall clock shows `wallMs` (a wall-clock reading in epoch-millisecond
 * form, as `createWallClock` returns them): the inverse of the wall clock.
 *
 * Candidates are the reading minus the zone's offset a day before, at, and a day after the reading
 * (a zone never changes its offset twice within two days); those the clock maps back to the reading
 * are the answers. In the hour repeated when clocks go back there are two, and the earlier is taken;
 * in the hour skipped when clocks go forward there is none, and `undefined` is returned.
 *
 * @param clock - The zone's wall clock.
 * @param wallMs - The reading.
 * @returns The earliest instant showing it, or `undefined` when the zone skipped it.
 * @internal
 */
export function instantOfWallTime(clock: WallClock, wallMs: number): number | undefined {
  let best: number | undefined;
  for (const probe of [wallMs - DAY_MS, wallMs, wallMs + DAY_MS]) {
    const offset = clock(probe) - probe;
    const instant = wallMs - offset;
    if (clock(instant) === wallMs && (best === undefined || instant < best)) best = instant;
  }
  return best;
}

const HOUR_MS = 3_600_000;

/**
 * {@link instantOfWallTime} for many readings of one zone: each wall-clock hour whose first and last
 * second map to instants with the same offset (every hour but those with a daylight-saving or
 * historical change in them) is read once and its offset reused for every reading in it; the other
 * hours are read reading by reading. So it returns exactly what `instantOfWallTime` returns, provided a
 * zone never changes its offset twice within one hour (no zone in the IANA database does).
 *
 * @param clock - The zone's wall clock.
 * @returns The reader (with its own cache).
 * @internal
 */
export function createInstantReader(clock: WallClock): (wallMs: number) => number | undefined {
  // Wall hour number → offset in ms for the whole hour, or NaN when it changes within it.
  const offsets = new Map<number, number>();
  return (wallMs) => {
    const hour = Math.floor(wallMs / HOUR_MS);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const start = hour * HOUR_MS;
      const last = start + HOUR_MS - 1000;
      const first = instantOfWallTime(clock, start);
      const final = instantOfWallTime(clock, last);
      offset =
        first !== undefined && final !== undefined && start - first === last - final ? start - first : Number.NaN;
      offsets.set(hour, offset);
    }
    return Number.isNaN(offset) ? instantOfWallTime(clock, wallMs) : wallMs - offset;
  };
}
