/**
 * BG/BB on the donations data of Fader, Hardie & Shang (2010): 11,104 first-time supporters of a
 * non-profit in 1995, and whether each gave in each of the 6 years 1996–2001. Fit the model, compare the
 * estimates with the paper, and print P(alive in 2002), expected gifts over 2002–2006 and DERT for a few
 * patterns (through the same prediction functions as the count models), the cohort's expected gifts per
 * year 1996–2006 (a tracking table), and the whole cohort's expected gifts in 2002–2006.
 *
 * Run: npx tsx examples/07-donations-bgbb.ts
 */

import { readFileSync } from "node:fs";
import {
  conditionalExpectedPurchases,
  discountedExpectedResidualPurchases,
  expectedPurchases,
  fitBgBb,
  probabilityAlive,
  trackingCurve,
} from "../src/clv/index.ts";

const text = readFileSync(new URL("../test/fixtures/donations/donations.csv", import.meta.url), "utf8");
const patterns = text
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [frequency, recency, opportunities, count] = line.split(",").map(Number) as [number, number, number, number];
    return { frequency, recency, opportunities, count };
  });

const fit = fitBgBb(patterns, { unit: "year" });
const published = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

console.log(`donors ${fit.n}, patterns ${patterns.length}`);
console.log("param    published   fitted     s.e.");
for (const name of ["alpha", "beta", "gamma", "delta"] as const) {
  console.log(
    `  ${name.padEnd(6)} ${published[name].toFixed(3).padStart(9)} ${fit.params[name].toFixed(3).padStart(8)} ${fit.standardErrors![name].toFixed(3).padStart(8)}`,
  );
}
console.log(`  logL   ${"-33225.6".padStart(9)} ${fit.logLikelihood.toFixed(1).padStart(8)}`);
console.log(
  `E[X(n)] of a new donor, years 1–11: ${[...Array(11)].map((_, i) => expectedPurchases(fit, i + 1).toFixed(2)).join(" ")}`,
);
console.log("  x  t_x  n   P(alive 2002)  E[gifts 2002–06]  DERT(d = 0.1)");
for (const [x, tx] of [
  [6, 6],
  [3, 6],
  [3, 3],
  [1, 1],
  [0, 0],
] as const) {
  const c = { frequency: x, recency: tx, opportunities: 6 };
  console.log(
    `  ${x}  ${String(tx).padStart(3)}  6 ${probabilityAlive(fit, c).toFixed(4).padStart(14)} ${conditionalExpectedPurchases(fit, 5, c).toFixed(3).padStart(17)} ${discountedExpectedResidualPurchases(
      fit,
      c,
      { discountRate: { rate: 0.1, per: "year" } }, // the fit's unit is a year: d = 0.1 per opportunity
    )
      .toFixed(3)
      .padStart(14)}`,
  );
}

// The cohort year by year (FHS 2010's tracking plot; the actual yearly counts are not in the bundled data).
const tracking = trackingCurve(fit, { cohorts: [{ time: 0, customers: fit.n }], periods: 11 });
const actualCalibration = patterns.reduce((sum, p) => sum + p.count * p.frequency, 0);
console.log("year  expected gifts  cumulative");
for (const row of tracking) {
  console.log(
    `${1995 + row.period}  ${row.expectedIncremental.toFixed(0).padStart(14)} ${row.expectedCumulative.toFixed(0).padStart(11)}`,
  );
}

// Every pattern at once (columns → Float64Array), weighted by its donors.
const perDonor = conditionalExpectedPurchases(fit, 5, {
  frequency: patterns.map((p) => p.frequency),
  recency: patterns.map((p) => p.recency),
  opportunities: patterns.map((p) => p.opportunities),
});
const cohortGifts = patterns.reduce((sum, p, i) => sum + p.count * perDonor[i]!, 0);
console.log(`actual gifts 1996–2001: ${actualCalibration} (expected ${tracking[5]!.expectedCumulative.toFixed(0)})`);
console.log(`expected gifts 2002–2006 from the 1995 cohort, given each donor's pattern: ${cohortGifts.toFixed(0)}`);
