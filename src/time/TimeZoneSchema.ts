import * as z from "zod/mini";
import { isIanaTimeZone, isTimeZoneShape, parseFixedOffset, TIME_ZONE_EXPECTED } from "../_lib/wallClock.ts";

/**
 * The time zone in which calendar questions (which day, week, month?) are answered: `"UTC"` (the
 * default everywhere), a fixed offset from UTC written `±hh:mm` (`"+05:30"`, `"-08:00"`), or an IANA
 * time zone name known to the runtime's `Intl` (`"America/New_York"`, `"Europe/London"`), which
 * follows that zone's daylight-saving and historical rules.
 *
 * @example
 * ```ts
 * import type { TimeZone } from "clientele/time";
 * const zone: TimeZone = "Europe/London";
 * ```
 * @category Time
 */
export type TimeZone = string;

/**
 * Schema of a {@link TimeZone}. Offsets must be exactly `±hh:mm` (hours 00–23, minutes 00–59), so
 * every runtime reads them the same way; any other string must be a zone name the runtime's
 * `Intl.DateTimeFormat` accepts (names are matched case-insensitively, aliases such as `US/Eastern`
 * are accepted).
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { TimeZoneSchema } from "clientele/time";
 * parseInput("f", TimeZoneSchema, "+05:30"); // => "+05:30"
 * parseInput("f", TimeZoneSchema, "America/New_York"); // => "America/New_York"
 * // parseInput("f", TimeZoneSchema, "Mars/Olympus_Mons") throws invalid_input:
 * //   ✖ expected "UTC", a fixed offset ±hh:mm or an IANA time zone name such as "America/New_York", received "Mars/Olympus_Mons"
 * ```
 * @category Time
 */
export const TimeZoneSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.refine(
      (timeZone: string) => timeZone === "UTC" || parseFixedOffset(timeZone) !== undefined || isIanaTimeZone(timeZone),
      { params: { expected: TIME_ZONE_EXPECTED } },
    ),
  );

/**
 * Shape-only variant of {@link TimeZoneSchema} (no `Intl` call) used by the calendar functions, which
 * validate IANA names by creating their one formatter (see `createWallClock`); same error wording.
 *
 * @internal
 */
export const TimeZoneShapeSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine(isTimeZoneShape, { params: { expected: TIME_ZONE_EXPECTED } }));

/**
 * Options fragment shared by every calendar function.
 *
 * @example
 * ```ts
 * import type { TimeZoneOptions } from "clientele/time";
 * const options: TimeZoneOptions = { timeZone: "America/New_York" };
 * ```
 * @category Time
 */
export interface TimeZoneOptions {
  /** Zone in which civil dates and wall-clock times are read; `"UTC"` when omitted. */
  readonly timeZone?: TimeZone | undefined;
}
