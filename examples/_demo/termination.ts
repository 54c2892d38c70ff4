/**
 * Demo section (npm run demo): which CDNOW customers a firm should correct or terminate, and why, and
 * where each customer stands in the lifecycle. CDNOW has purchases only: the incidents, service contacts,
 * complaints and corrections are simulated with a fixed seed (examples/_data/simulatedIncidents.ts), the
 * product margin is an assumed 30% of revenue and the activity costs are made up — the output says so.
 */
import type { CountModel, SpendModel } from "../../src/clv/index.ts";
import type { CustomerRecord } from "../../src/customers/index.ts";
import { lifecycleStages } from "../../src/lifecycle/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { decideTerminations } from "../../src/termination/index.ts";
import { INCIDENTS_SEED, simulateServiceEvents } from "../_data/simulatedIncidents.ts";

/** Prints the termination and lifecycle section for the CDNOW records, using the demo's fitted models. */
export function printTerminationDemo(
  records: readonly CustomerRecord[],
  models: { readonly fit: CountModel; readonly spendFit: SpendModel },
): void {
  const asOf = new Date("1998-06-30T00:00:00Z");
  const window = { seed: INCIDENTS_SEED, from: Date.UTC(1997, 0, 1), to: asOf.getTime() };
  const withEvents = records.map((r, i) => ({ ...r, ...simulateServiceEvents(r.customerId, i, window) }));
  const costDrivers = {
    perOrder: 1,
    perInteraction: { call: 3, email: 0.5 },
    otherInteraction: 0,
    perComplaint: 25,
    perIncidentStaffHour: 40,
  };
  const summary = summarizeTransactions(
    withEvents.flatMap((r) => r.transactions),
    { unit: "week", observationEnd: asOf },
  );
  const decisions = decideTerminations(withEvents, {
    asOf,
    costDrivers,
    grossMarginRate: 0.3,
    fit: models.fit,
    spendFit: models.spendFit,
    summary,
    // A shortfall under $10 a year is noise for a CD shop: the firm corrects only larger ones.
    config: { "too-costly": { tolerance: 10 } },
  });
  const count = (d: string) => decisions.filter((x) => x.decision === d).length;
  console.log(
    `\n── Termination (simulated service events, seed ${INCIDENTS_SEED}; margin assumed 30% of revenue; made-up activity costs) ──`,
  );
  console.log(
    `at ${asOf.toISOString().slice(0, 10)} (BG/NBD and Gamma-Gamma projections over 365 days; too-costly only beyond $10), ${decisions.length} customers: keep ${count("keep")}, correct ${count("correct")}, terminate ${count("terminate")}`,
  );
  const show = (decision: "terminate" | "correct", n: number) => {
    const list = decisions
      .filter((d) => d.decision === decision)
      .sort((a, b) => a.economics.expectedFutureValue - b.economics.expectedFutureValue);
    console.log(`${decision} (${list.length}; the ${Math.min(n, list.length)} destroying most value first):`);
    for (const d of list.slice(0, n)) {
      const lead = d.findings[0]!;
      const levers = [...new Set(d.actions.map((a) => a.lever))].join(", ");
      console.log(
        `  ${d.customerId.padStart(5)}  value ${d.economics.expectedFutureValue.toFixed(2).padStart(8)}  ${lead.ruleId}: ${lead.message}`,
      );
      console.log(`         → ${levers}`);
    }
  };
  show("terminate", 5);
  show("correct", 5);
  const stages = lifecycleStages(withEvents, { asOf, newWithinDays: 90, lapsedAfterDays: 180 });
  const byStage = new Map<string, number>();
  for (const s of stages) byStage.set(s.stage, (byStage.get(s.stage) ?? 0) + 1);
  console.log(
    `lifecycle stages (lapsed after 180 days): ${[...byStage]
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")}`,
  );
}
