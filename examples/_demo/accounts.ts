/**
 * Demo section: the key accounts of the CDNOW customers, screened by clientele/accounts. Profit per customer
 * comes from clientele/value's `customerProfits`; CDNOW has revenue only, so the product cost is imputed from
 * an assumed margin (said in the output) and no cost-to-serve drivers are applied; growth is measured from the
 * data; CDNOW has no strategic-fit assessment, so that factor gets weight 0. Printed by `npm run demo`
 * (examples/01-quick-start.ts).
 */
import { screenKeyAccounts } from "../../src/accounts/index.ts";
import type { CustomerRecord } from "../../src/customers/index.ts";
import { customerProfits } from "../../src/value/index.ts";

/** The margin assumed on CDNOW revenue (not in the data). */
const ASSUMED_MARGIN = 0.3;

/**
 * Prints the key-account section of the demo: the ten customers to screen in for relationship management at
 * 1998-06-30, by profit over the last twelve months (`customerProfits` with the cost imputed from the assumed
 * margin, no cost-to-serve drivers) and the growth of spending
 * from the second half of 1997 to the first half of 1998 (the arc rate (H2 − H1) / ((H1 + H2) / 2), in
 * [−2, 2]), weighted 0.7 / 0.3.
 */
export function printKeyAccountsDemo(records: readonly CustomerRecord[]): void {
  const yearStart = Date.UTC(1997, 6, 1);
  const halfYear = Date.UTC(1998, 0, 1);
  const end = Date.UTC(1998, 6, 1);
  const profits = customerProfits(
    records,
    {},
    {
      from: new Date(yearStart),
      to: new Date(end),
      missingCost: { margin: ASSUMED_MARGIN },
    },
  );
  const candidates = records.map((r, i) => {
    let h1 = 0;
    let h2 = 0;
    for (const t of r.transactions) {
      const at = t.timestamp.getTime();
      if (at >= yearStart && at < halfYear) h1 += t.amount;
      else if (at >= halfYear && at < end) h2 += t.amount;
    }
    const growth = h1 + h2 === 0 ? 0 : (h2 - h1) / ((h1 + h2) / 2);
    return { customerId: r.customerId, profit: profits[i]!.profit, growth, strategicFit: 0 };
  });
  const weights = { profitability: 0.7, growth: 0.3, strategicFit: 0 };
  const screening = screenKeyAccounts(candidates, { top: 10, weights });
  console.log(
    `\nkey accounts at 1998-06-30 (clientele/accounts): top 10 of ${candidates.length.toLocaleString("en-US")} customers`,
  );
  console.log(
    `  profit = customerProfits (clientele/value) over the last 12 months, cost imputed from an ASSUMED margin of ${100 * ASSUMED_MARGIN}% (CDNOW has no costs), no cost-to-serve drivers; growth = H2 1997 → H1 1998`,
  );
  console.log("  spending, arc rate; weights profit 0.7, growth 0.3, strategic fit 0 (CDNOW has no fit assessment)");
  console.log("  rank  customer   profit   growth   score   strongest");
  for (const a of screening.keyAccounts) {
    console.log(
      `  ${String(a.rank).padStart(4)}  ${a.customerId.padEnd(8)} ${a.factors.profitability.value.toFixed(2).padStart(8)} ${a.factors.growth.value.toFixed(2).padStart(8)} ${a.score.toFixed(3).padStart(7)}   ${a.strongestFactor}`,
    );
  }
  console.log(
    `  cut-off score ${screening.cutOffScore?.toFixed(3)}; (CDNOW has no product ids, so no basket affinities here)`,
  );
}
