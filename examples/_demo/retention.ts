/**
 * The quick-start demo's switching-prevention section: risk levels for the CDNOW customers at a fixed date
 * (1998-06-30, the end of the sample), with the BG/NBD fitted in the quick start, and a monthly cohort
 * retention table of the CDNOW purchases. CDNOW has purchases only: the complaints, competitor offers and
 * CSAT scores are simulated with a fixed seed (examples/_data/simulatedRetentionEvents.ts) and the bonds
 * come from examples/_data/simulatedBonds.ts, as the output says.
 */
import type { CountModel } from "../../src/clv/index.ts";
import { type CustomerRecord, groupByCustomer } from "../../src/customers/index.ts";
import { cohortRetentionTable, createSwitchingRiskAssessor } from "../../src/retention/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { RETENTION_SEED, simulateRetentionEvents } from "../_data/simulatedRetentionEvents.ts";

/** Prints the section for the quick start's CDNOW `records` and its fitted count model. */
export function printRetentionDemo(records: readonly CustomerRecord[], fit: CountModel): void {
  const asOf = "1998-06-30";
  const events = records.map((r, i) =>
    simulateRetentionEvents(r.customerId, i, {
      seed: RETENTION_SEED,
      from: Date.UTC(1997, 0, 1),
      to: Date.UTC(1998, 5, 30),
    }),
  );
  const enriched = groupByCustomer({
    transactions: records.flatMap((r) => r.transactions),
    bonds: records.flatMap((r) => r.bonds),
    interactions: events.flatMap((e) => e.interactions),
    complaints: events.flatMap((e) => e.complaints),
    surveyResponses: events.flatMap((e) => e.surveyResponses),
  });
  // One summary of the whole log at asOf, in the fit's unit, for P(alive): faster than per record.
  const summary = summarizeTransactions(
    enriched.flatMap((r) => r.transactions),
    { unit: fit.unit, observationEnd: asOf },
  );
  const byId = new Map(summary.rows.map((row) => [row.customerId, row]));
  const assessor = createSwitchingRiskAssessor({ asOf, fit });
  const assessed = enriched.map((r) => ({ record: r, risk: assessor.assess(r, byId.get(r.customerId)) }));
  const count = (level: string) => assessed.filter((a) => a.risk.level === level).length;
  console.log(
    `\nswitching risk at ${asOf} (BG/NBD P(alive) from the fit above; complaints, competitor offers and CSAT simulated, seed ${RETENTION_SEED}; bonds simulated)`,
  );
  console.log(
    `  ${count("high")} high, ${count("medium")} medium, ${count("low")} low of ${assessed.length} customers`,
  );
  const shown = assessed
    .filter((a) => a.risk.level === "high")
    .sort((a, b) => b.risk.score - a.risk.score || (a.record.customerId < b.record.customerId ? -1 : 1))
    .slice(0, 3);
  for (const { record, risk } of shown) {
    console.log(`  customer ${record.customerId}: ${risk.level} (score ${risk.score})`);
    for (const f of risk.findings) console.log(`    [${f.severity}] ${f.message}`);
  }
  const table = cohortRetentionTable(
    { transactions: enriched.flatMap((r) => r.transactions) },
    { asOf, period: "month" },
  );
  console.log("  monthly cohorts of first purchase (share buying in months 0–6 after joining, CDNOW purchases):");
  for (const c of table.cohorts) {
    const shares = c.cells.slice(0, 7).map((x) => `${(100 * x.retained).toFixed(0)}%`.padStart(5));
    console.log(`    ${c.cohort}  ${String(c.size).padStart(5)}  ${shares.join(" ")}`);
  }
}
