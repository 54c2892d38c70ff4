import * as z from "zod/mini";
import { parseCivilDate } from "../_lib/civilCalendar.ts";

const EXPECTED = "calendar date YYYY-MM-DD";

/**
 * A civil (calendar) date with no time and no zone, as an ISO-8601 string `YYYY-MM-DD`: what
 * {@link civilDate} and {@link startOfPeriod} return and {@link addPeriods} takes. Strings compare
 * in date order for years 0000–9999. Years outside that range use the expanded form `±YYYYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { CivilDate } from "clientele/time";
 * const calibrationEnd: CivilDate = "1997-09-30";
 * ```
 * @category Time
 */
export type CivilDate = string;

/**
 * Schema of a {@link CivilDate}: `YYYY-MM-DD` (or expanded `±YYYYYY-MM-DD`) naming a real day of the
 * proleptic Gregorian calendar; `2023-02-29` and `1997-1-1` are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { CivilDateSchema } from "clientele/time";
 * parseInput("f", CivilDateSchema, "2024-02-29"); // => "2024-02-29"
 * // parseInput("f", CivilDateSchema, "2023-02-29") throws invalid_input:
 * //   ✖ expected calendar date YYYY-MM-DD, received "2023-02-29"
 * ```
 * @category Time
 */
export const CivilDateSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.refine((text: string) => parseCivilDate(text) !== undefined, { params: { expected: EXPECTED } }),
  );
