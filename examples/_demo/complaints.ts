/**
 * Demo section: complaints and recovery on the CDNOW customers, with service failures and complaints
 * simulated by `simulateRelationshipEvents` of clientele/simulation (default rates) from a fixed seed
 * (CDNOW has none). Printed by `npm run demo` (examples/01-quick-start.ts).
 */
import {
  estimateRepurchaseTree,
  type ProportionEstimate,
  recoveryParadox,
  repurchaseIntention,
  tarpRepurchaseTree,
  timeToResolution,
} from "../../src/complaints/index.ts";
import { type CustomerRecord, groupByCustomer } from "../../src/customers/index.ts";
import { simulateRelationshipEvents } from "../../src/simulation/index.ts";

/** The seed of the simulated service failures and complaints. */
const SERVICE_EVENTS_SEED = 2027;

const pct = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(1)}%`);
const interval = (p: ProportionEstimate) => (p.lower === null ? "" : `(${pct(p.lower)}–${pct(p.upper)})`);

/**
 * Prints the complaints section of the demo: the repurchase tree estimated at 1998-06-30 with a 90-day
 * window, what it implies, the TARP preset on the same shares, time to resolution and the recovery paradox.
 * The simulated failures follow purchases and do not change later buying, so the differences between the
 * groups show the activity confound of observational complaint data, and the demo says so.
 */
export function printComplaintsDemo(records: readonly CustomerRecord[]): void {
  const events = simulateRelationshipEvents(records, {
    seed: SERVICE_EVENTS_SEED,
    from: "1997-01-01",
    asOf: "1998-06-30",
  });
  const logs = {
    transactions: records.flatMap((r) => r.transactions),
    serviceFailures: events.flatMap((e) => e.serviceFailures),
    complaints: events.flatMap((e) => e.complaints),
  };
  const withEvents = groupByCustomer(logs);
  const options = { asOf: "1998-06-30", window: { length: 90, unit: "day" } } as const;
  const e = estimateRepurchaseTree(withEvents, options);
  console.log(
    `\ncomplaints and recovery  service failures and complaints simulated with a fixed seed (${SERVICE_EVENTS_SEED}): CDNOW has none.`,
  );
  console.log(
    "  A failure follows 8% of purchases, with no effect on later buying: customers who buy more meet more failures,",
  );
  console.log(
    "  so the failure groups buy more below for that reason alone (confounding, which no interval corrects).",
  );
  console.log(
    `  classified at ${e.cutoff.toISOString().slice(0, 10)} (${options.asOf} − 90 days): ${e.included} customers, ${e.excluded.total} left out; bought again = a purchase after that, to ${options.asOf}`,
  );
  const s = e.statistics;
  const rows: [string, (typeof s)["noFailure"]][] = [
    ["no failure", s.noFailure],
    ["failure, no complaint", s.failure.notComplained],
    ["complaint resolved quickly", s.failure.complained.resolvedQuickly],
    ["complaint resolved", s.failure.complained.resolved],
    ["complaint unresolved", s.failure.complained.unresolved],
  ];
  const intention = repurchaseIntention(e.tree);
  console.log("  group                        customers  bought again (95% Wilson)");
  rows.forEach(([label, g]) => {
    console.log(
      `  ${label.padEnd(28)} ${String(g.share.count).padStart(9)}  ${pct(g.repurchaseRate.estimate).padStart(6)} ${interval(g.repurchaseRate)}`,
    );
  });
  console.log(
    `  will repurchase ${pct(intention.willRepurchase)}, will not ${pct(intention.willNotRepurchase)}; the group losing most customers: ${intention.largestLoss}`,
  );
  const c = e.tree.failure.complained;
  const tarp = repurchaseIntention(
    tarpRepurchaseTree("minor", {
      failure: e.tree.failure.share,
      complained: c.share ?? 0,
      outcomes: {
        resolvedQuickly: c.resolvedQuickly.share ?? 1,
        resolved: c.resolved.share ?? 0,
        unresolved: c.unresolved.share ?? 0,
      },
      noFailureRate: e.tree.noFailure.repurchaseRate ?? 0,
    }),
  );
  console.log(
    `  with the TARP minor-problem rates (commonly quoted, not verified) on the same shares: ${pct(tarp.willRepurchase)} would repurchase`,
  );
  const t = timeToResolution(withEvents, { asOf: options.asOf, unit: "day", target: 2 });
  console.log(
    `  time to resolution: ${t.resolved.n} resolved, median ${t.resolved.median?.toFixed(1)} days, 90th percentile ${t.resolved.quantiles[3]?.value?.toFixed(1)} days, ${pct(t.withinTarget?.shareOfAll ?? null)} of ${t.complaints} complaints within 2 days, ${t.open} open`,
  );
  const p = recoveryParadox(withEvents, options);
  console.log(
    `  recovery paradox: quickly recovered ${pct(p.recovered.estimate)} vs no failure ${pct(p.noFailure.estimate)}: difference ${(100 * p.difference.estimate).toFixed(1)} points (95% CI ${(100 * p.difference.lower).toFixed(1)} to ${(100 * p.difference.upper).toFixed(1)}) — here the activity confound above, not recovery`,
  );
}
