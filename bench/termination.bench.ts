/**
 * Benchmark of clientele/termination: `decideTermination` over 100,000 customer records of about 20
 * events each (issue 12's target: ≤ 1 s on one core, with and without a fitted model). Each record has
 * 10 simulated purchases with costs and the service events of examples/_data/simulatedIncidents.ts
 * (fixed seed; about 3.5 contacts, 0.2 incidents and 0.1 complaints a customer), padded with survey-free
 * service calls to 20 events. The rule set is prepared once (`prepareRules`), as the docs advise for many
 * customers. With a model: `decideTerminations` (the batch form) with a BG/NBD fit and the summary of
 * the whole log (timed separately: it is the pipeline's summary, made once for every model use).
 * Data generation is not timed; each figure is the median of 5 runs after a warm-up.
 * Run alone with `npx tsx bench/termination.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { INCIDENTS_SEED, simulatePurchases, simulateServiceEvents } from "../examples/_data/simulatedIncidents.ts";
import type { CountModel } from "../src/clv/index.ts";
import type { CustomerRecord, Interaction } from "../src/customers/index.ts";
import { summarizeTransactions } from "../src/rfm/index.ts";
import { prepareRules } from "../src/rules/index.ts";
import { coreTerminationRules, decideTermination, decideTerminations } from "../src/termination/index.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const CUSTOMERS = 100_000;
const EVENTS = 20;
const asOf = new Date("2024-06-30T00:00:00Z");

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** 100,000 validated records of about 20 events each (simulated, seed INCIDENTS_SEED). */
export function benchRecords(): CustomerRecord[] {
  const from = Date.UTC(2022, 0, 1);
  const to = asOf.getTime();
  const out: CustomerRecord[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const customerId = String(i);
    const options = { seed: INCIDENTS_SEED, from, to };
    const transactions = simulatePurchases(customerId, i, 10, options);
    const { interactions, incidents, complaints } = simulateServiceEvents(customerId, i, options);
    const padding: Interaction[] = [];
    const have = transactions.length + interactions.length + incidents.length + complaints.length;
    for (let k = have; k < EVENTS; k++) {
      padding.push({
        customerId,
        timestamp: new Date(from + Math.floor((((k + 1) / (EVENTS + 1)) * (to - from)) / 86_400_000) * 86_400_000),
        kind: "newsletter",
        channel: "email",
        direction: "outbound",
      });
    }
    out.push({
      customerId,
      transactions,
      interactions: [...interactions, ...padding].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime()),
      serviceFailures: [],
      complaints,
      surveyResponses: [],
      incidents,
      bonds: [],
      loyaltyEvents: [],
    });
  }
  return out;
}

/**
 * Wall time and CPU time (user + system, `process.cpuUsage`) of each run: on a shared, loaded machine
 * the CPU time is the closer measure of what one core needs; the wall time includes waiting for a core.
 */
function time(run: () => number): { ms: number; cpuMs: number; times: number[]; checksum: number } {
  const checksum = run(); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (s !== checksum) throw new Error("termination bench: decideTermination is not deterministic");
  }
  return { ms: median(times), cpuMs: median(cpu), times, checksum };
}

/** Runs the termination benchmark and returns its rows. */
export function runTerminationBench(): BenchRow[] {
  const data = benchRecords();
  const events = data.reduce(
    (n, r) => n + r.transactions.length + r.interactions.length + r.incidents.length + r.complaints.length,
    0,
  );
  const rules = prepareRules(coreTerminationRules);
  const costDrivers = {
    perIncidentStaffHour: 45,
    otherInteraction: 0.2,
    perInteraction: { call: 7, email: 2 },
    perComplaint: 25,
  };
  const tally = (d: { decision: string }) =>
    d.decision === "terminate" ? 1_000_000 : d.decision === "correct" ? 1 : 0;
  const plain = time(() => {
    let s = 0;
    for (let i = 0; i < data.length; i++) s += tally(decideTermination(data[i]!, { asOf, costDrivers, rules }));
    return s;
  });
  const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
  const all = data.flatMap((r) => r.transactions);
  const s0 = process.cpuUsage();
  const summary = summarizeTransactions(all, { unit: "week", observationEnd: asOf });
  const sc = process.cpuUsage(s0);
  const summaryMs = (sc.user + sc.system) / 1000;
  const withFit = time(() => {
    let s = 0;
    for (const d of decideTerminations(data, { asOf, costDrivers, rules, fit, summary })) s += tally(d);
    return s;
  });
  const batch = time(() => {
    let s = 0;
    for (const d of decideTerminations(data, { asOf, costDrivers, rules })) s += tally(d);
    return s;
  });
  const size = `${CUSTOMERS.toLocaleString("en-US")} records`;
  const split = (c: number) => `${Math.floor(c / 1_000_000)} terminate, ${c % 1_000_000} correct`;
  return [
    {
      task: "decideTermination, one call per record (target ≤ 1 s)",
      size,
      ms: plain.ms,
      note: `CPU ${plain.cpuMs.toFixed(0)} ms; ${events.toLocaleString("en-US")} events (seed ${INCIDENTS_SEED}); runs ${Math.min(...plain.times).toFixed(0)}–${Math.max(...plain.times).toFixed(0)} ms; ${split(plain.checksum)}`,
    },
    {
      task: "decideTerminations (batch), no model",
      size,
      ms: batch.ms,
      note: `CPU ${batch.cpuMs.toFixed(0)} ms; runs ${Math.min(...batch.times).toFixed(0)}–${Math.max(...batch.times).toFixed(0)} ms; ${split(batch.checksum)}`,
    },
    {
      task: "decideTerminations with a BG/NBD fit and the summary (target ≤ 1 s)",
      size,
      ms: withFit.ms,
      note: `CPU ${withFit.cpuMs.toFixed(0)} ms; runs ${Math.min(...withFit.times).toFixed(0)}–${Math.max(...withFit.times).toFixed(0)} ms; ${split(withFit.checksum)}; the summary of all ${all.length.toLocaleString("en-US")} purchases took ${summaryMs.toFixed(0)} ms CPU once`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runTerminationBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
