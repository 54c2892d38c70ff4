/**
 * Example 18: enrich a real purchase log with simulated relationship data (clientele/simulation).
 *
 * The CDNOW sample has purchases only. `simulateCustomerRecords` adds service failures, complaints,
 * incidents, touchpoints, survey responses and bond instruments with a seed, so that every area of the
 * library can run on it. The events have no effect on purchases, and the figures are illustrations, not data.
 *
 * Run: npx tsx examples/18-simulated-relationship-data.ts
 */
import { groupByCustomer } from "../src/customers/index.ts";
import { satisfactionFromRecords } from "../src/satisfaction/index.ts";
import {
  defaultRelationshipEventRates as rates,
  simulateCustomerRecords,
  simulatedSurveyMapping,
  simulateRelationshipEvents,
} from "../src/simulation/index.ts";
import { loadCdnowSample } from "./_data/cdnow.ts";

const options = { seed: 19, from: "1997-01-01", asOf: "1998-06-30" } as const;
const records = groupByCustomer({ transactions: loadCdnowSample() });
const enriched = simulateCustomerRecords(records, options);
const count = (list: "serviceFailures" | "complaints" | "surveyResponses" | "bonds") =>
  enriched.reduce((s, r) => s + r[list].length, 0);
const purchases = enriched.reduce((s, r) => s + r.transactions.length, 0);

console.log("Simulated relationship data on CDNOW (seed 19, 1997-01-01 to 1998-06-30): illustrations, not data.");
console.log(`${enriched.length} customers, ${purchases} purchases (unchanged: the events have no effect on them)`);

/** Observed count against n·p with its binomial standard deviation √(n·p·(1 − p)). */
function line(label: string, observed: number, n: number, p: number): void {
  const expected = n * p;
  const sd = Math.sqrt(n * p * (1 - p));
  console.log(
    `  ${label.padEnd(38)} ${String(observed).padStart(5)}   expected ${p} × ${n} = ${expected.toFixed(1)} (sd ${sd.toFixed(1)})`,
  );
}
line("service failures (per purchase)", count("serviceFailures"), purchases, rates.failurePerPurchase);
const failures = count("serviceFailures");
const complaintRate =
  rates.majorFailureShare * rates.complaintAfterMajor + (1 - rates.majorFailureShare) * rates.complaintAfterMinor;
line("complaints (per failure)", count("complaints"), failures, complaintRate);
line("survey responses (per purchase)", count("surveyResponses"), purchases, rates.surveyPerPurchase);
const members = enriched.filter((r) => r.bonds.some((b) => b.kind === "points-program")).length;
line("points-program members (per customer)", members, enriched.length, rates.pointsProgram);
console.log("  (failures or surveys that would fall after asOf are not drawn, so those counts sit slightly low)");

const figures = satisfactionFromRecords(enriched, simulatedSurveyMapping);
console.log(
  `surveys: ${figures.responses} responses, NPS ${figures.nps?.score.toFixed(1)}, CSAT ${figures.csat?.score.toFixed(1)}% satisfied (top 2 of 5)`,
);

const one = enriched[0]!;
const alone = simulateRelationshipEvents([records[0]!], options)[0]!;
const same =
  JSON.stringify(alone.complaints) === JSON.stringify(one.complaints) &&
  JSON.stringify(alone.bonds) === JSON.stringify(one.bonds) &&
  JSON.stringify(alone.surveyResponses) === JSON.stringify(one.surveyResponses);
console.log(
  `customer ${one.customerId}: ${one.transactions.length} purchases, ${one.serviceFailures.length} failures, ${one.complaints.length} complaints, ${one.surveyResponses.length} surveys, bonds: ${one.bonds.map((b) => b.kind).join(", ") || "none"}`,
);
console.log(`customer ${one.customerId} simulated alone gets the same events: ${same}`);
