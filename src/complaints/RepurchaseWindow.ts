import type { TimeUnit } from "../time/TimeUnitSchema.ts";

/**
 * How long after a failure or complaint a purchase still counts as "bought again": `length` (a whole
 * number > 0) calendar `unit`s, e.g. `{ length: 90, unit: "day" }` or `{ length: 6, unit: "month" }` —
 * the shape of clientele/loyalty's durations. Days are 24-hour days and weeks 7 days; months, quarters and
 * years are calendar months on the UTC calendar with the day clamped to the end of the target month (a
 * month after Jan 31 is the last day of February), the time of day kept — what date-fns `addMonths` gives
 * in UTC.
 *
 * @example
 * ```ts
 * import type { RepurchaseWindow } from "clientele/complaints";
 * const window: RepurchaseWindow = { length: 90, unit: "day" };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseWindow {
  /** How many units, a whole number > 0. */
  readonly length: number;
  /** The unit (`"day"`, `"week"`, `"month"`, `"quarter"`, `"year"`). */
  readonly unit: TimeUnit;
}
