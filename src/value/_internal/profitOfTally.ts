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
  const profit: {
    customerId: string;
    segment?: string;
    currency?: string;
    revenue: number;
    productCost: number;
    grossProfit: number;
    costToServe: number;
    profit: number;
    orders: number;
    imputedCostCount: number;
    lines: CustomerProfit["lines"];
  } = {
    customerId: t.customerId,
    revenue: t.revenue,
    productCost: t.productCost,
    grossProfit,
    costToServe: t.costToServe,
    profit: grossProfit - t.costToServe,
    orders: t.orders,
    imputedCostCount: t.imputedCostCount,
    lines: t.lines,
  };
  if (t.segment !== undefined) profit.segment = t.segment;
  if (currency !== undefined) profit.currency = currency;
  return profit;
}
