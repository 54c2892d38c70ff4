import type { TimeUnit } from "../../time/TimeUnitSchema.ts";

/**
 * A length of time: a plain number is in the count model's unit (`fit.unit`); the explicit form
 * `{ length, unit }` states its unit, and is converted to the fit's unit only where the conversion is
 * exact (week = 7 days, quarter = 3 months, year = 12 months). Weeks or days against months, quarters or
 * years have no exact factor and are rejected (`invalid_input`): convert them yourself, saying how.
 *
 * @example
 * ```ts
 * import type { TimeLength } from "clientele/clv";
 * const inFitUnits: TimeLength = 52;
 * const explicit: TimeLength = { length: 52, unit: "week" };
 * ```
 * @category Lifetime value
 */
export type TimeLength =
  | number
  | {
      /** The length, finite and ≥ 0. */
      readonly length: number;
      /** Its unit. */
      readonly unit: TimeUnit;
    };
