/**
 * Quick start: load the bundled CDNOW sample (6,919 purchases by 2,357 customers of an online music store,
 * 1997-01 to 1998-06), validate it with clientele's schemas, group it by customer and print an overview.
 *
 * Run: npm run demo   (or: npx tsx examples/01-quick-start.ts)
 */
import { customerBaseOverview, groupByCustomer, parseTransactions } from "../src/index.ts";
import { loadCdnowSample } from "./_data/cdnow.ts";

const rows = loadCdnowSample();

// Validate every row; with onInvalid: "collect" nothing is dropped silently — bad rows come back with reasons.
const { valid, rejected } = parseTransactions(rows, { onInvalid: "collect" });
if (rejected.length > 0) {
  for (const r of rejected.slice(0, 5)) console.warn(`row ${r.index}: ${r.issues.map((i) => i.message).join("; ")}`);
  throw new Error(`${rejected.length} CDNOW rows failed validation`);
}

const overview = customerBaseOverview(valid, { timeZone: "UTC" });
const records = groupByCustomer({ transactions: valid });

const money = (x: number) => `$${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const day = (d: Date) => d.toISOString().slice(0, 10);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log("clientele quick start — CDNOW sample (Fader, Hardie & Lee 2005)\n");
console.log(`customers              ${overview.customers.toLocaleString("en-US")}`);
console.log(
  `transactions           ${overview.transactions.toLocaleString("en-US")} rows, ${overview.purchaseDays.toLocaleString("en-US")} customer-days`,
);
console.log(`date range             ${day(overview.firstTimestamp)} to ${day(overview.lastTimestamp)}`);
console.log(
  `revenue                ${money(overview.revenue)} (average ${money(overview.averageTransactionValue)} per transaction)`,
);
console.log(
  `repeat buyers          ${overview.repeatBuyers.toLocaleString("en-US")} (${pct(overview.repeatBuyerShare)} bought on 2+ days)`,
);

const top = [...records]
  .map((r) => ({ id: r.customerId, spend: r.transactions.reduce((s, t) => s + t.amount, 0), n: r.transactions.length }))
  .sort((a, b) => b.spend - a.spend || (a.id < b.id ? -1 : 1))
  .slice(0, 5);
console.log("\ntop customers by spend");
for (const c of top) console.log(`  ${c.id}  ${money(c.spend).padStart(10)}  ${String(c.n).padStart(3)} purchases`);
