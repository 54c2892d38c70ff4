/**
 * Customer lifetime value on the CDNOW sample: rebuild the calibration summaries from the transaction log,
 * fit BG/NBD (purchases) and Gamma-Gamma (spend per purchase), compare the estimates with Fader, Hardie &
 * Lee (2005), rank customers by their CLV over the next 52 weeks, and track expected vs actual repeat purchases
 * week by week.
 *
 * Run: npx tsx examples/05-clv-cdnow.ts
 */

import {
  conditionalExpectedPurchases,
  customerLifetimeValue,
  expectedAverageSpend,
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
  trackingCurve,
} from "../src/clv/index.ts";
import { repeatPurchasesByPeriod, summarizeTransactions } from "../src/rfm/index.ts";
import { loadCdnowSample } from "./_data/cdnow.ts";

const transactions = loadCdnowSample();
const summary = summarizeTransactions(transactions, {
  unit: "week",
  calibrationEnd: "1997-09-30",
  observationEnd: "1998-06-30",
});
const rows = summary.rows;

const bgNbd = fitBgNbd(summary);
const gammaGamma = fitGammaGamma(summary);

const fmt = (x: number, digits = 3) => x.toFixed(digits).padStart(9);
console.log("CLV on the CDNOW sample (Fader, Hardie & Lee 2005)\n");
console.log(`customers ${rows.length}, repeat buyers ${gammaGamma.n}, calibration to 1997-09-30, unit week\n`);

console.log("BG/NBD        published     fitted");
const bgPublished = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
for (const name of ["r", "alpha", "a", "b"] as const) {
  console.log(`  ${name.padEnd(10)} ${fmt(bgPublished[name])}  ${fmt(bgNbd.params[name])}`);
}
console.log(`  ${"ln L".padEnd(10)} ${fmt(-9582.4, 1)}  ${fmt(bgNbd.logLikelihood, 1)}`);

console.log("\nGamma-Gamma   published     fitted");
const ggPublished = { p: 6.25, q: 3.74, gamma: 15.44 };
for (const name of ["p", "q", "gamma"] as const) {
  console.log(`  ${name.padEnd(10)} ${fmt(ggPublished[name], 2)}  ${fmt(gammaGamma.params[name], 2)}`);
}
console.log(`  ${"ln L".padEnd(10)} ${"".padStart(9)}  ${fmt(gammaGamma.logLikelihood, 2)}`);
console.log(
  `  frequency–spend correlation ρ = ${gammaGamma.frequencyMonetaryCorrelation?.toFixed(4)} (the model assumes none; warns above 0.3)`,
);
console.log(`  ${gammaGamma.excludedNonRepeaters} customers without repeat purchases: counted, not fitted`);

// Columns for the vectorised predictions (no allocation per customer).
const columns = {
  frequency: rows.map((r) => r.frequency),
  recency: rows.map((r) => r.recency),
  T: rows.map((r) => r.T),
  monetaryValue: rows.map((r) => r.monetaryValue),
};
const weeklyRate = 0.0018; // discount rate per week (the fit's unit), applied at the end of each week
const margin = 0.3;
const alive = probabilityAlive(bgNbd, columns);
const purchases = conditionalExpectedPurchases(bgNbd, 52, columns);
const spend = expectedAverageSpend(gammaGamma, columns);
const clv = customerLifetimeValue({
  countFit: bgNbd,
  spendFit: gammaGamma,
  customers: columns,
  horizon: { length: 52, unit: "week" },
  discountRate: { rate: weeklyRate, per: "week" },
  margin,
});

const order = rows
  .map((_, i) => i)
  .sort((a, b) => clv[b]! - clv[a]! || (rows[a]!.customerId < rows[b]!.customerId ? -1 : 1));
console.log(
  `\ntop 10 customers by CLV over 52 weeks (margin ${margin}, ${weeklyRate * 100}% per week, end-of-week discounting)`,
);
console.log("  customer    x     t_x       T   P(alive)  E[Y(52)]  E[spend]       CLV");
for (const i of order.slice(0, 10)) {
  const r = rows[i]!;
  console.log(
    `  ${r.customerId.padEnd(8)} ${String(r.frequency).padStart(3)} ${r.recency.toFixed(2).padStart(7)} ${r.T.toFixed(2).padStart(7)}` +
      `   ${alive[i]!.toFixed(4)}  ${purchases[i]!.toFixed(3).padStart(8)}  ${spend[i]!.toFixed(2).padStart(8)}  ${clv[i]!.toFixed(2).padStart(8)}`,
  );
}
let total = 0;
for (const v of clv) total += v;
console.log(`\ntotal CLV of the ${rows.length} customers over 52 weeks: $${total.toFixed(2)}`);

// Tracking plot (FHL 2005, Figure 1): the actual repeat purchases per week from the start of the acquisition
// window, counted from the log with the summaries' conventions, next to the fitted model's expectation.
const weekly = repeatPurchasesByPeriod(transactions, {
  unit: "week",
  start: "1997-01-01",
  periods: 78,
  observationEnd: "1998-06-30",
});
const tracking = trackingCurve(bgNbd, {
  firstPurchaseTimes: weekly.firstPurchaseTimes,
  periods: 78,
  actual: weekly.repeatPurchases,
});
console.log("\ncumulative repeat purchases, weekly from 1997-01-01 (calibration ends with week 39)");
console.log("  week  last day      expected    actual");
for (const row of tracking.filter((r) => r.period % 13 === 0)) {
  const end = weekly.rows[row.period - 1]!.end;
  console.log(
    `  ${String(row.period).padStart(4)}  ${end}  ${row.expectedCumulative.toFixed(1).padStart(10)}  ${String(row.actualCumulative).padStart(8)}`,
  );
}
