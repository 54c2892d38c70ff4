import * as z from "zod/mini";
import { parseIsoTimestamp } from "./parseIsoTimestamp.ts";

const EXPECTED = "ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm)";

/**
 * An instant, given as a valid `Date` or a strict ISO-8601 string (see {@link parseIsoTimestamp}); parses
 * to a fresh `Date`. Invalid `Date` objects, impossible calendar dates and date-times without an offset
 * are rejected with `invalid_input`.
 *
 * @example
 * ```ts
 * import { parseInput, TimestampSchema } from "clientele/schema";
 * parseInput("f", TimestampSchema, "1997-01-01").toISOString(); // => "1997-01-01T00:00:00.000Z"
 * ```
 * @category Schema
 */
export const TimestampSchema = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.union([/* @__PURE__ */ z.date(), /* @__PURE__ */ z.string()]),
  /* @__PURE__ */ z.transform((value: Date | string, ctx): Date => {
    if (value instanceof Date) return new Date(value.getTime());
    const parsed = parseIsoTimestamp(value);
    if (parsed !== undefined) return parsed;
    ctx.issues.push({ code: "custom", input: value, message: `expected ${EXPECTED}`, params: { expected: EXPECTED } });
    return z.NEVER;
  }),
);

/**
 * Input type of {@link TimestampSchema}: a `Date` or an ISO-8601 string.
 *
 * @example
 * ```ts
 * import type { TimestampInput } from "clientele/schema";
 * const t: TimestampInput = "1997-01-01";
 * ```
 * @category Schema
 */
export type TimestampInput = Date | string;
