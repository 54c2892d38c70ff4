import type { CustomerProfit } from "../customerProfit.ts";
import type { RecordTally } from "./tallyOf.ts";

/**
 * Sets the call's currency on a tally, which is then the public result (no copy).
 *
 * @param t - The tally.
 * @param currency - The call's currency.
 * @returns The customer's profit.
 * @internal
 */
export function profitOfTally(t: RecordTally, currency: string | undefined): CustomerProfit {
  if (currency !== undefined) t.currency = currency;
  return t;
}
