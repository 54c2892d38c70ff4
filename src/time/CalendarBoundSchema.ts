import * as z from "zod/mini";
import { parseIsoTimestamp } from "../schema/parseIsoTimestamp.ts";

const EXPECTED = "ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm)";

/**
 * A bound of a calendar window (an observation end, a calibration end, a tracking start): a calendar
 * date in the window's time zone, given in one of two ways.
 *
 * - A **date-only string** `YYYY-MM-DD` (or expanded `±YYYYYY-MM-DD`) is that calendar date in the
 *   stated `timeZone`, whatever the zone: `"2024-06-30"` with `timeZone: "America/New_York"` is
 *   June 30 in New York, from its first to its last instant. It is never read as midnight UTC.
 * - A `Date`, or a date-time string **with** an offset (`…Z`, `±hh:mm`), is an instant: the bound is
 *   the calendar date on which that instant falls in `timeZone`.
 *
 * Bounds are whole days; an end bound is inclusive through the end of its day.
 *
 * @example
 * ```ts
 * import type { CalendarBound } from "clientele/time";
 * const observationEnd: CalendarBound = "2024-06-30";
 * ```
 * @category Time
 */
export type CalendarBound = Date | string;

/**
 * Schema of a {@link CalendarBound}: accepts a valid `Date` or a strict ISO-8601 string (as
 * `TimestampSchema` does: a real calendar date, or a date-time with an offset) and returns it as
 * given (a `Date` is copied), so that a date-only string stays a calendar date rather than becoming
 * midnight UTC.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { CalendarBoundSchema } from "clientele/time";
 * parseInput("f", CalendarBoundSchema, "2024-06-30"); // => "2024-06-30"
 * // parseInput("f", CalendarBoundSchema, "2024-06-30T12:00:00") throws invalid_input (no offset):
 * //   ✖ expected ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm), received "2024-06-30T12:00:00"
 * ```
 * @category Time
 */
export const CalendarBoundSchema: z.ZodMiniType<CalendarBound, CalendarBound> = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.union([/* @__PURE__ */ z.date(), /* @__PURE__ */ z.string()]),
  /* @__PURE__ */ z.transform((value: Date | string, ctx): CalendarBound => {
    if (value instanceof Date) return new Date(value.getTime());
    if (parseIsoTimestamp(value) !== undefined) return value;
    ctx.issues.push({ code: "custom", input: value, message: `expected ${EXPECTED}`, params: { expected: EXPECTED } });
    return z.NEVER;
  }),
);
