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
