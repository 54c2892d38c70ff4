/*
 * The units live in this leaf so that code below and beside clientele/time (the rfm kernels) can name
 * them without importing time/; clientele/time re-exports both from time/TimeUnitSchema.ts.
 */

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
