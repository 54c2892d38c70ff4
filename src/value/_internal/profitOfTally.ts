import type { CustomerProfit } from "../customerProfit.ts";
import type { RecordTally } from "./tallyRecord.ts";

/**
 * Shapes a tally as a public result.
 *
 * @param t - The tally.
 * @param currency - The call's currency.
 * @returns The customer's profit.
 * @internal
 */
export function profitOfTally(t: RecordTally, currency: string | undefined): CustomerProfit {
  const grossProfit = t.revenue - t.productCost;
  return {
    customerId: t.customerId,
    ...(t.segment === undefined ? {} : { segment: t.segment }),
    ...(currency === undefined ? {} : { currency }),
    revenue: t.revenue,
    productCost: t.productCost,
    grossProfit,
    costToServe: t.costToServe,
    profit: grossProfit - t.costToServe,
    orders: t.orders,
    imputedCostCount: t.imputedCostCount,
    lines: t.lines,
  };
}
