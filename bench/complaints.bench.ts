/**
 * Benchmark of clientele/complaints: `estimateRepurchaseTree` over 100,000 customer records of about 20
 * events each (transactions drawn uniformly over 2023–2024, and the service failures, complaints,
 * incidents and interactions of examples/_data/simulatedServiceEvents.ts with a fixed seed), and
 * `timeToResolution` over the same records. Data generation is not timed; each figure is the median of
 * 5 runs after a warm-up. Run alone with `npx tsx bench/complaints.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { SERVICE_EVENTS_SEED, simulateServiceEvents } from "../examples/_data/simulatedServiceEvents.ts";
import { estimateRepurchaseTree } from "../src/complaints/estimateRepurchaseTree.ts";
import { timeToResolution } from "../src/complaints/timeToResolution.ts";
import type { CustomerRecord } from "../src/customers/index.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const CUSTOMERS = 100_000;
const FROM = Date.UTC(2023, 0, 1);
const TO = Date.UTC(2024, 11, 31);
const asOf = new Date(TO);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** mulberry32, for the purchase times. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 100,000 validated records (the shape groupByCustomer returns), events in time order; exported for ad-hoc profiling. */
export function records(): CustomerRecord[] {
  const u = mulberry32(SERVICE_EVENTS_SEED);
  const out: CustomerRecord[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const customerId = String(i);
    const n = 8 + Math.floor(u() * 17); // 8–24 purchases
    const purchases: number[] = [];
    for (let k = 0; k < n; k++) purchases.push(FROM + Math.floor(u() * (TO - FROM)));
    purchases.sort((a, b) => a - b);
    const ev = simulateServiceEvents(customerId, i, { seed: SERVICE_EVENTS_SEED, from: FROM, to: TO, purchases });
    out.push({
      customerId,
      transactions: purchases.map((t) => ({ customerId, timestamp: new Date(t), amount: 20 })),
      interactions: ev.interactions.map((x) => ({ ...x, customerId, timestamp: new Date(x.timestamp) })),
      serviceFailures: ev.serviceFailures.map((x) => ({ ...x, customerId, timestamp: new Date(x.timestamp) })),
      complaints: ev.complaints.map((x) => ({
        ...x,
        customerId,
        openedAt: new Date(x.openedAt),
        resolvedAt: x.resolvedAt === undefined ? undefined : new Date(x.resolvedAt),
      })),
      surveyResponses: [],
      incidents: ev.incidents.map((x) => ({ ...x, customerId, timestamp: new Date(x.timestamp) })),
      bonds: [],
      loyaltyEvents: [],
    });
  }
  return out;
}

function time(run: () => number): { ms: number; min: number; max: number; checksum: number } {
  const checksum = run(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    const s = run();
    times.push(performance.now() - t0);
    if (s !== checksum) throw new Error("complaints bench: not deterministic");
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), checksum };
}

/** Runs the complaints benchmark and returns its rows. */
export function runComplaintsBench(): BenchRow[] {
  const data = records();
  let events = 0;
  let complaints = 0;
  for (const r of data) {
    events += r.transactions.length + r.interactions.length + r.serviceFailures.length;
    events += r.complaints.length + r.incidents.length;
    complaints += r.complaints.length;
  }
  const size = `${CUSTOMERS.toLocaleString("en-US")} records`;
  const perRecord = (events / CUSTOMERS).toFixed(1);
  const tree = time(() => estimateRepurchaseTree(data, { asOf, window: { length: 90, unit: "day" } }).included);
  const ttr = time(() => timeToResolution(data, { asOf, unit: "day", target: 2 }).resolved.n);
  return [
    {
      task: "estimateRepurchaseTree, 90-day window",
      size,
      ms: tree.ms,
      note: `${perRecord} events per record (seed ${SERVICE_EVENTS_SEED}); runs ${tree.min.toFixed(0)}–${tree.max.toFixed(0)} ms; ${tree.checksum} classified`,
    },
    {
      task: "timeToResolution, days, 2-day target",
      size,
      ms: ttr.ms,
      note: `${complaints.toLocaleString("en-US")} complaints, ${ttr.checksum.toLocaleString("en-US")} resolved; runs ${ttr.min.toFixed(0)}–${ttr.max.toFixed(0)} ms`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runComplaintsBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
