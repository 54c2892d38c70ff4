/**
 * Quick start: load the bundled CDNOW sample (6,919 purchases by 2,357 customers of an online music store,
 * 1997-01 to 1998-06), validate it with clientele's schemas, group it by customer and print an overview;
 * then fit the BG/NBD and Gamma-Gamma models, check them against the holdout period, and list the customers
 * most likely to be active and most valuable. CDNOW has no bond data, so each customer's bonds (points program,
 * trade-in offer, club, personal contact, integrated ordering) are simulated with a fixed seed, and every customer
 * shown gets their bond level and switching cost (clientele/bonds).
 *
 * Run: npm run demo   (or: npx tsx examples/01-quick-start.ts)
 */

import {
  bondProfile,
  calibrationHoldoutTable,
  customerBaseOverview,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  fitShiftedBetaGeometric,
  groupByCustomer,
  parseBondInstruments,
  parseTransactions,
  probabilityAlive,
  projectSurvivors,
  retentionRate,
  summarizeTransactions,
  switchingCost,
} from "../src/index.ts";
import { loadCdnowSample } from "./_data/cdnow.ts";
import { BONDS_SEED, simulateCustomerBonds } from "./_data/simulatedBonds.ts";
import { printKeyAccountsDemo } from "./_demo/accounts.ts";
import { printComplaintsDemo } from "./_demo/complaints.ts";
import { printRelationshipDemo } from "./_demo/relationship.ts";
import { printRetentionDemo } from "./_demo/retention.ts";
import { printSatisfactionChainDemo } from "./_demo/satisfactionChain.ts";
import { printTerminationDemo } from "./_demo/termination.ts";
import { printValueDemo } from "./_demo/value.ts";

const rows = loadCdnowSample();

// Validate every row; with onInvalid: "collect" nothing is dropped silently — bad rows come back with reasons.
const { valid, rejected } = parseTransactions(rows, { onInvalid: "collect" });
if (rejected.length > 0) {
  for (const r of rejected.slice(0, 5)) console.warn(`row ${r.index}: ${r.issues.map((i) => i.message).join("; ")}`);
  throw new Error(`${rejected.length} CDNOW rows failed validation`);
}

const overview = customerBaseOverview(valid, { timeZone: "UTC" });

// Bonds: simulated (CDNOW has none) with a fixed seed, so every run shows the same ties.
const customerIds = [...new Set(valid.map((t) => t.customerId))].sort();
const simulated = customerIds.map((id, i) =>
  simulateCustomerBonds(id, i, { seed: BONDS_SEED, from: Date.UTC(1997, 0, 1), to: Date.UTC(1998, 5, 30) }),
);
const bonds = parseBondInstruments(simulated.flatMap((s) => s.bonds));
const records = groupByCustomer({ transactions: valid, bonds });
const recordById = new Map(records.map((r) => [r.customerId, r]));
const bondsAsOf = "1998-06-30";
/** " · bond <level>, switching cost $x": the customer's highest bond level and monetised switching cost. */
const bondNote = (id: string): string => {
  const record = recordById.get(id)!;
  const profile = bondProfile(record, { asOf: bondsAsOf });
  const spend = record.transactions.reduce((s, t) => s + t.amount, 0);
  // Simulated program: 10 points per dollar spent, half already redeemed, a point worth $0.01 to the customer.
  const points = profile.active.financial.some((b) => b.kind === "points-program") ? Math.round(5 * spend) : 0;
  const cost = switchingCost(record, {
    asOf: bondsAsOf,
    currency: "USD",
    forfeitablePoints: { points, valuePerPoint: 0.01 },
  });
  return `  · bond ${profile.highestLevel ?? "none"}, switching cost ${money(cost.total)}`;
};

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
console.log(
  `\nbonds                  simulated with a fixed seed (${BONDS_SEED}): CDNOW has none; each customer shown has their bond level and switching cost at ${bondsAsOf}`,
);
console.log("\ntop customers by spend");
for (const c of top)
  console.log(`  ${c.id}  ${money(c.spend).padStart(10)}  ${String(c.n).padStart(3)} purchases${bondNote(c.id)}`);

// ── Customer-base statistics: who is still "alive", how much will they buy, what are they worth ──────────
// Summaries in weeks (whole days / 7), calibration to 1997-09-30, holdout to 1998-06-30 — as in the papers.
const summary = summarizeTransactions(valid, {
  unit: "week",
  calibrationEnd: "1997-09-30",
  observationEnd: "1998-06-30",
});
const bgNbd = fitBgNbd(summary);
const gammaGamma = fitGammaGamma(summary);
const p = (x: number) => x.toFixed(3);
console.log("\nBG/NBD fit (Fader, Hardie & Lee 2005 publish r 0.243, α 4.414, a 0.793, b 2.426)");
console.log(
  `  r ${p(bgNbd.params.r)}  α ${p(bgNbd.params.alpha)}  a ${p(bgNbd.params.a)}  b ${p(bgNbd.params.b)}  ln L ${bgNbd.logLikelihood.toFixed(1)}`,
);
console.log("Gamma-Gamma spend fit (published p 6.25, q 3.74, γ 15.44)");
console.log(`  p ${p(gammaGamma.params.p)}  q ${p(gammaGamma.params.q)}  γ ${p(gammaGamma.params.gamma)}`);

console.log("\ncalibration vs holdout: mean repeat purchases in the 39 holdout weeks, by calibration frequency");
console.log("  x     customers   actual   expected");
for (const row of calibrationHoldoutTable(bgNbd, summary)) {
  console.log(
    `  ${row.label.padEnd(5)} ${String(row.customers).padStart(9)} ${row.actualHoldout.toFixed(2).padStart(8)} ${row.expectedHoldout.toFixed(2).padStart(10)}`,
  );
}

const rowsCal = summary.rows;
const columns = {
  frequency: rowsCal.map((r) => r.frequency),
  recency: rowsCal.map((r) => r.recency),
  T: rowsCal.map((r) => r.T),
  monetaryValue: rowsCal.map((r) => r.monetaryValue),
};
const alive = probabilityAlive(bgNbd, columns);
const value = customerLifetimeValue({
  countFit: bgNbd,
  spendFit: gammaGamma,
  customers: columns,
  horizon: { length: 52, unit: "week" },
  discountRate: { rate: 0.0018, per: "week" },
  margin: 0.3,
});
const ranked = (score: Float64Array) =>
  rowsCal
    .map((_, i) => i)
    .sort((a, b) => score[b]! - score[a]! || (rowsCal[a]!.customerId < rowsCal[b]!.customerId ? -1 : 1))
    .slice(0, 5);
console.log("\ntop customers by P(alive) at 1997-09-30 (among repeat buyers)");
const aliveRepeat = alive.map((v, i) => (rowsCal[i]!.frequency > 0 ? v : -1));
for (const i of ranked(aliveRepeat)) {
  const r = rowsCal[i]!;
  console.log(
    `  ${r.customerId}  P(alive) ${alive[i]!.toFixed(4)}  x ${r.frequency}  t_x ${r.recency.toFixed(2)}  T ${r.T.toFixed(2)}${bondNote(r.customerId)}`,
  );
}
console.log("top customers by lifetime value (next 52 weeks, margin 30%, 0.18% per week, end-of-week discounting)");
for (const i of ranked(value)) {
  const r = rowsCal[i]!;
  console.log(
    `  ${r.customerId}  CLV ${money(value[i]!).padStart(9)}  P(alive) ${alive[i]!.toFixed(4)}  x ${r.frequency}${bondNote(r.customerId)}`,
  );
}

// ── Retention of a membership cohort (contractual setting): the shifted-beta-geometric model ─────────────
// Members still active at the start of each year, for a cohort of 1,000 who joined in year 0 (Fader & Hardie
// 2007, Table 1, "regular" customers). Fit on years 1–7, project years 8–12.
const members = [1000, 631, 468, 382, 326, 289, 262, 241];
const sbg = fitShiftedBetaGeometric({ survivors: members }, { unit: "year" });
const projection = projectSurvivors(sbg, { cohortSize: 1000, periods: 12 });
console.log(
  `\nmembership cohort of 1,000: sBG fit α ${sbg.params.alpha.toFixed(3)}, β ${sbg.params.beta.toFixed(3)} (published 0.704, 1.182)`,
);
console.log("  year   expected members   retention rate");
for (let year = 8; year <= 12; year++) {
  console.log(
    `  ${String(year).padStart(4)} ${projection.alive[year]!.toFixed(1).padStart(18)} ${(100 * retentionRate(sbg, year)).toFixed(1).padStart(15)}%`,
  );
}
console.log(
  "  (retention rises with tenure as the least loyal members leave first — constant-churn arithmetic misses this)",
);

printComplaintsDemo(records);
printSatisfactionChainDemo(records);
printRetentionDemo(records, bgNbd);
printValueDemo(records);
printKeyAccountsDemo(records);
printTerminationDemo(records, { fit: bgNbd, spendFit: gammaGamma });
printRelationshipDemo(records, { fit: bgNbd, spendFit: gammaGamma });
