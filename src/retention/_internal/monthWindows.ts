import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { addPeriods } from "../../time/addPeriods.ts";
import { civilDate } from "../../time/civilDate.ts";

/**
 * Two adjacent windows of `months` calendar months (UTC) ending at `asOfMs`: recent = (recentStart,
 * asOf], prior = (priorStart, recentStart]. Each start is `asOf` moved back by whole calendar months
 * (clientele/time `addPeriods`, date-fns underneath: Mar 31 − 1 month = Feb 28/29), same time of day.
 *
 * @internal
 */
export interface MonthWindows {
  /** Exclusive start of the recent window (ms). */
  readonly recentStart: number;
  /** Exclusive start of the prior window (ms). */
  readonly priorStart: number;
}

let lastKey = "";
let last: MonthWindows = { recentStart: 0, priorStart: 0 };

/**
 * The windows of `months` months before `asOfMs`. The last answer is kept: a base assessed at one
 * `asOf` computes its windows once, not once per record.
 *
 * @internal
 */
export function monthWindows(asOfMs: number, months: number): MonthWindows {
  const key = `${asOfMs}/${months}`;
  if (key === lastKey) return last;
  const timeOfDay = ((asOfMs % DAY_MS) + DAY_MS) % DAY_MS;
  const day = civilDate(new Date(asOfMs), "UTC");
  const back = (n: number) => Date.parse(`${addPeriods(day, -n, "month")}T00:00:00Z`) + timeOfDay;
  last = { recentStart: back(months), priorStart: back(2 * months) };
  lastKey = key;
  return last;
}
