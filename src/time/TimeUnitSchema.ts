import * as z from "zod/mini";

/**
 * The time units and calendar periods clientele understands, from shortest to longest.
 *
 * @example
 * ```ts
 * import { timeUnits } from "clientele/time";
 * timeUnits; // => ["day", "week", "month", "quarter", "year"]
 * ```
 * @category Time
 */
export const timeUnits: readonly ["day", "week", "month", "quarter", "year"] = /* @__PURE__ */ Object.freeze([
  "day",
  "week",
  "month",
  "quarter",
  "year",
] as const);

/**
 * A unit of elapsed time or a calendar period: `"day"`, `"week"` (7 days), `"month"`, `"quarter"`
 * (3 months) or `"year"` (12 months). Months, quarters and years are calendar units, never a fixed
 * number of days: see {@link elapsed} for how fractions of them are measured.
 *
 * @example
 * ```ts
 * import type { TimeUnit } from "clientele/time";
 * const unit: TimeUnit = "week";
 * ```
 * @category Time
 */
export type TimeUnit = (typeof timeUnits)[number];

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
