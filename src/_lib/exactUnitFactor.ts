import type { TimeUnit } from "./timeUnits.ts";

/** Length of each unit in its family's base unit: days for day/week, months for month/quarter/year. */
const BASE: Readonly<Record<TimeUnit, readonly [family: "day" | "month", length: number]>> = {
  day: ["day", 1],
  week: ["day", 7],
  month: ["month", 1],
  quarter: ["month", 3],
  year: ["month", 12],
};

/**
 * How many `to` units make one `from` unit, where that is exact: a week is 7 days, a quarter 3 months, a
 * year 12 months (or 4 quarters). Between the day/week family and the month/quarter/year family there is
 * no exact factor (months and years have different numbers of days), and the result is `undefined`.
 *
 * @param from - The unit converted from.
 * @param to - The unit converted to.
 * @returns The factor (1 for equal units), or `undefined` when no exact factor exists.
 * @internal
 */
export function exactUnitFactor(from: TimeUnit, to: TimeUnit): number | undefined {
  const [familyFrom, lengthFrom] = BASE[from];
  const [familyTo, lengthTo] = BASE[to];
  return familyFrom === familyTo ? lengthFrom / lengthTo : undefined;
}
