/**
 * Complaints and recovery: a shop's complaint log, service-failure log and sales, turned into customer
 * records; the repurchase-intention tree estimated from them (who bought again after the cutoff, by what
 * happened before it), what the tree implies, the TARP figures on the same shares, time to resolution, and
 * the recovery paradox as an interval. The customers are made up for the example; every figure is checked
 * by hand in test/examples/complaints.test.ts.
 *
 * Run: npx tsx examples/11-complaints.ts
 */
import {
  estimateRepurchaseTree,
  recoveryParadox,
  repurchaseIntention,
  tarpRepurchaseTree,
  timeToResolution,
} from "../src/complaints/index.ts";
import { groupByCustomer } from "../src/customers/index.ts";

const sale = (customerId: string, timestamp: string) => ({ customerId, timestamp, amount: 40 });

// The logs as a shop keeps them: sales, service failures (late or wrong deliveries), complaints.
const records = groupByCustomer({
  customers: [{ id: "e" }], // signed up, never bought: nothing says when they became a customer
  transactions: [
    sale("n1", "2024-01-10"),
    sale("n1", "2024-11-01"),
    sale("n2", "2024-02-01"),
    sale("n3", "2024-10-15"), // a new customer, after the cutoff
    sale("n4", "2024-04-01"),
    sale("f1", "2024-03-01"),
    sale("f1", "2024-12-01"),
    sale("f2", "2024-03-01"),
    sale("f2", "2024-07-01"),
    sale("f3", "2024-06-01"),
    sale("f3", "2024-12-01"),
    sale("q1", "2024-05-01"),
    sale("q1", "2024-10-02"),
    sale("q1", "2024-12-31"),
    sale("q2", "2024-05-01"),
    sale("q2", "2024-10-02"),
    sale("r1", "2024-01-01"),
    sale("r1", "2024-11-15"),
    sale("u1", "2024-01-01"),
    sale("u2", "2024-01-01"),
    sale("u2", "2024-12-20"),
  ],
  serviceFailures: [
    { customerId: "f1", timestamp: "2024-03-05", severity: "minor", category: "late delivery" },
    { customerId: "f2", timestamp: "2024-03-05", severity: "minor", category: "late delivery" },
    { customerId: "f3", timestamp: "2024-12-01", severity: "major", category: "wrong item" },
    { customerId: "q1", timestamp: "2024-05-02", severity: "minor", category: "wrong item" },
  ],
  complaints: [
    {
      customerId: "q1",
      openedAt: "2024-05-03",
      resolvedAt: "2024-05-04",
      severity: "minor",
      outcome: "resolved-quickly",
    },
    {
      customerId: "q2",
      openedAt: "2024-05-03",
      resolvedAt: "2024-05-03",
      severity: "minor",
      outcome: "resolved-quickly",
    },
    { customerId: "r1", openedAt: "2024-02-01", resolvedAt: "2024-03-15", severity: "major", outcome: "resolved" },
    { customerId: "u1", openedAt: "2024-02-01", severity: "major", outcome: "unresolved" },
    { customerId: "u1", openedAt: "2025-02-01", severity: "minor", outcome: "unresolved" },
    { customerId: "u2", openedAt: "2024-08-01", resolvedAt: "2025-01-15", severity: "major", outcome: "resolved" },
  ],
});

const pct = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(1)}%`);
const options = { asOf: "2024-12-31", window: { length: 90, unit: "day" } } as const;

// 1. The tree, from the records: classified at asOf − 90 days, "bought again" = a purchase after that.
const estimate = estimateRepurchaseTree(records, options);
console.log(
  `classified at ${estimate.cutoff.toISOString().slice(0, 10)}: ${estimate.included} customers; left out ${estimate.excluded.startedAfterCutoff} who started later and ${estimate.excluded.withoutEvents} without any event`,
);
const s = estimate.statistics;
const rows = [
  ["no failure", s.noFailure],
  ["failure, did not complain", s.failure.notComplained],
  ["complaint resolved quickly", s.failure.complained.resolvedQuickly],
  ["complaint resolved", s.failure.complained.resolved],
  ["complaint unresolved", s.failure.complained.unresolved],
] as const;
for (const [label, g] of rows) {
  const r = g.repurchaseRate;
  const ci = r.lower === null ? "" : ` (95% ${pct(r.lower)}–${pct(r.upper)})`;
  console.log(`  ${label.padEnd(27)} ${g.share.count} customers, ${r.count} bought again: ${pct(r.estimate)}${ci}`);
}

// 2. What the tree implies.
const intention = repurchaseIntention(estimate.tree);
console.log(
  `will repurchase ${pct(intention.willRepurchase)}, will not ${pct(intention.willNotRepurchase)}; largest loss: ${intention.largestLoss}`,
);
for (const g of intention.groups) {
  console.log(`  ${g.path.padEnd(36)} share ${pct(g.share)}  keeps ${pct(g.keeps)}  loses ${pct(g.loses)}`);
}

// 3. The TARP figures (commonly quoted, not verified against the primary source) on the same shares.
const c = estimate.tree.failure.complained;
for (const severity of ["minor", "major"] as const) {
  const tarp = tarpRepurchaseTree(severity, {
    failure: estimate.tree.failure.share,
    complained: c.share ?? 0,
    outcomes: {
      resolvedQuickly: c.resolvedQuickly.share ?? 0,
      resolved: c.resolved.share ?? 0,
      unresolved: c.unresolved.share ?? 0,
    },
    noFailureRate: estimate.tree.noFailure.repurchaseRate ?? 0,
  });
  console.log(
    `with TARP's ${severity}-problem rates: ${pct(repurchaseIntention(tarp).willRepurchase)} would repurchase`,
  );
}

// 4. Time to resolution, in days, against a 2-day target.
const t = timeToResolution(records, { asOf: options.asOf, unit: "day", target: 2 });
console.log(
  `time to resolution: ${t.complaints} complaints, ${t.resolved.n} resolved (mean ${t.resolved.mean?.toFixed(2)} days, median ${t.resolved.median} days), ${t.open} open; within 2 days ${pct(t.withinTarget?.shareOfAll ?? null)} of all`,
);

// 5. The recovery paradox, as an interval.
const p = recoveryParadox(records, options);
console.log(
  `recovery paradox: resolved quickly ${pct(p.recovered.estimate)} vs no failure ${pct(p.noFailure.estimate)}, difference ${(100 * p.difference.estimate).toFixed(1)} points (95% CI ${(100 * p.difference.lower).toFixed(1)} to ${(100 * p.difference.upper).toFixed(1)})`,
);
