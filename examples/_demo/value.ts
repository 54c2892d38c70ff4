/**
 * The demo's customer-profitability section (npm run demo): the whale curve and the customer pyramid of
 * the CDNOW sample. CDNOW records what customers paid, not what serving them cost, so the section states
 * the cost figures it assumes: a 30% gross margin on every purchase and $3 to process each order.
 */
import type { CustomerRecord } from "../../src/customers/index.ts";
import { customerProfits, customerPyramid, whaleCurve } from "../../src/value/index.ts";

/** Assumed figures (CDNOW has none): gross margin on purchases, and the cost of processing one order. */
export const DEMO_GROSS_MARGIN = 0.3;
/** Cost of processing one order, in dollars (assumed). */
export const DEMO_COST_PER_ORDER = 3;

/**
 * Prints the whale curve's figures and the pyramid for the CDNOW records over 1997-01-01 to 1998-07-01.
 *
 * @param records - The CDNOW customer records (groupByCustomer's output).
 */
export function printValueDemo(records: readonly CustomerRecord[]): void {
  const money = (x: number) =>
    `${x < 0 ? "−" : ""}$${Math.abs(x).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const profits = customerProfits(
    records,
    { currency: "USD", perOrder: DEMO_COST_PER_ORDER },
    { from: "1997-01-01", to: "1998-07-01", missingCost: { margin: DEMO_GROSS_MARGIN } },
  );
  const whale = whaleCurve(profits);
  const at = (share: number) => whale.points[Math.round(share * whale.customers)]!.profitShare;
  console.log(
    `\ncustomer profitability, 1997-01 to 1998-06 (ASSUMED: ${pct(DEMO_GROSS_MARGIN)} gross margin and $${DEMO_COST_PER_ORDER} per order; CDNOW records no costs)`,
  );
  console.log(
    `  ${whale.customers.toLocaleString("en-US")} customers, total profit ${money(whale.totalProfit)}; ${whale.unprofitableCustomers} unprofitable customers destroy ${money(whale.profitDestroyed)}`,
  );
  console.log(
    `  whale curve: the top 10% earn ${pct(at(0.1))} of the profit, the top 20% ${pct(at(0.2))}; peak ${pct(whale.peakProfitShare)} at the top ${pct(whale.peakCustomerShare)}`,
  );
  const pyramid = customerPyramid(profits);
  console.log(
    `  customer pyramid (top 5% / next 15% / next 60% / bottom 20% of customers, a convention): ${pyramid.tiers
      .map((t) => `${t.tier} ${t.customers} (${pct(t.profitShare ?? 0)} of profit)`)
      .join(", ")}`,
  );
}
