/**
 * Retention with the shifted-beta-geometric (sBG) model: fit the two cohorts of Fader & Hardie (2007),
 * "How to Project Customer Retention", Table 1 (1,000 "regular" and 1,000 "high end" customers of a
 * subscription business, from Berry & Linoff 2004) on years 1–7, project years 8–12 against what actually
 * happened, show the retention rate rising with tenure, and value customers by tenure with the discounted
 * expected residual lifetime (DERL) of Fader & Hardie (2010).
 *
 * Run: npx tsx examples/06-retention-sbg.ts
 */
import { readFileSync } from "node:fs";
import {
  discountedExpectedResidualLifetime,
  fitShiftedBetaGeometric,
  residualValueOfBase,
  retentionRate,
  survivalCurve,
} from "../src/clv/index.ts";

// year,regular_alive,highend_alive — customers still active at the start of years 0–12
const csv = readFileSync(new URL("../test/fixtures/sbg/sbg-survival.csv", import.meta.url), "utf8");
const rows = csv
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",").map(Number));
const regularAlive = rows.map((r) => r[1]!);
const highEndAlive = rows.map((r) => r[2]!);

// Calibrate on years 1–7 (the first 8 counts); the period is one year.
const regular = fitShiftedBetaGeometric({ survivors: regularAlive.slice(0, 8) }, { unit: "year" });
const highEnd = fitShiftedBetaGeometric({ survivors: highEndAlive.slice(0, 8) }, { unit: "year" });

const pad = (s: string | number, n: number) => String(s).padStart(n);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log("sBG retention: Fader & Hardie (2007), Table 1, calibrated on years 1-7\n");
console.log("cohort        alpha     beta     ln L");
for (const [name, fit] of [
  ["regular", regular],
  ["high end", highEnd],
] as const) {
  const { alpha, beta } = fit.params;
  console.log(
    `${name.padEnd(10)} ${pad(alpha.toFixed(3), 8)} ${pad(beta.toFixed(3), 8)} ${pad(fit.logLikelihood.toFixed(2), 9)}`,
  );
}

console.log("\nProjected vs actual survival, % of the cohort active at the start of the year (holdout)");
console.log("year   regular: model  actual   high end: model  actual");
const sRegular = survivalCurve(regular, 12);
const sHighEnd = survivalCurve(highEnd, 12);
for (let t = 8; t <= 12; t++) {
  console.log(
    `${pad(t, 4)}   ${pad(pct(sRegular[t]!), 14)} ${pad(pct(regularAlive[t]! / 1000), 7)}   ${pad(pct(sHighEnd[t]!), 15)} ${pad(pct(highEndAlive[t]! / 1000), 7)}`,
  );
}

console.log("\nRetention rate r(t) by year: it rises with tenure (a constant churn rate would keep it flat)");
console.log("year   regular  high end");
for (const t of [1, 2, 3, 5, 8, 12]) {
  console.log(`${pad(t, 4)}   ${pad(pct(retentionRate(regular, t)), 7)}  ${pad(pct(retentionRate(highEnd, t)), 8)}`);
}

console.log("\nDERL at a 10% yearly discount rate, payments at the start of each year (in years' payments)");
console.log("renewals   regular  high end");
for (const renewals of [0, 1, 2, 4, 7, 11]) {
  const derl = (fit: typeof regular) =>
    discountedExpectedResidualLifetime(fit, { renewals, discountRate: { rate: 0.1, per: "year" } });
  console.log(`${pad(renewals, 8)}   ${pad(derl(regular).toFixed(3), 7)}  ${pad(derl(highEnd).toFixed(3), 8)}`);
}

// A base with mixed tenures (the illustration of Fader & Hardie 2010: cohorts of 10,000 acquired 2001–2005,
// retention 80%, 81%, 81.9%, 82.7%, i.e. alpha = 3.8, beta = 15.2), worth $100 a year each.
const illustration = { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" } as const;
const tenures = [10000, 8000, 6480, 5307, 4391];
const base = residualValueOfBase(illustration, { tenures, valuePerPeriod: 100, discountRate: 0.1 });
const r = (8000 + 6480 + 5307 + 4391) / (10000 + 8000 + 6480 + 5307);
const constant = base.customers * 100 * (r / (1 - r / 1.1));
const dollars = (x: number) => `$${Math.round(x).toLocaleString("en-US")}`;
console.log(`\nResidual value of a ${base.customers.toLocaleString("en-US")}-customer base at $100 a year, d = 10%:`);
console.log(`  ${"sBG (retention rising with tenure)".padEnd(40)} ${pad(dollars(base.value), 12)}`);
console.log(`  ${`one aggregate retention rate (${pct(r)})`.padEnd(40)} ${pad(dollars(constant), 12)}`);
