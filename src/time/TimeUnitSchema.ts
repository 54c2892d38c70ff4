import * as z from "zod/mini";
import { type TimeUnit, timeUnits } from "../_lib/timeUnits.ts";

export { type TimeUnit, timeUnits };

/**
 * Schema of a {@link TimeUnit}; anything else is rejected with `invalid_input`.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { TimeUnitSchema } from "clientele/time";
 * parseInput("f", TimeUnitSchema, "quarter"); // => "quarter"
 * // parseInput("f", TimeUnitSchema, "fortnight") throws invalid_input:
 * //   ✖ expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight"
 * ```
 * @category Time
 */
export const TimeUnitSchema: z.ZodMiniType<TimeUnit, TimeUnit> = /* @__PURE__ */ z.enum(timeUnits);
