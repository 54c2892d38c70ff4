/**
 * Benchmarks of clientele/loyalty: a ledger of 1,000,000 events over 100,000 members (10 each, over two
 * years) replayed to every member's balance and tier by `ledgerStates`, the issue's target being ≤ 1 s on
 * one core. No peer tool is recorded for this task. Data generation is never timed; the events are made by
 * a seeded generator (mulberry32, seed 10) and checked before timing. Each figure is the median of 5 runs
 * after a warm-up (`createLedger`, which validates 1,000,000 rows — a hand-written fast path per field,
 * zod only for the rows it leaves — and indexes them by member: median of 3). The notes give the median
 * CPU time (user + system) beside the wall time, which a loaded machine inflates. Run alone with
 * `npx tsx bench/loyalty.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import type { LoyaltyEvent } from "../src/customers/LoyaltyEventSchema.ts";
import { balance } from "../src/loyalty/balance.ts";
import { createLedger } from "../src/loyalty/createLedger.ts";
import type { LoyaltyProgramInput } from "../src/loyalty/LoyaltyProgramSchema.ts";
import { ledgerStates } from "../src/loyalty/ledgerStates.ts";
import { tierStatus } from "../src/loyalty/tierStatus.ts";
import type { BenchRow } from "./BenchRow.ts";

const MEMBERS = 100_000;
const PER_MEMBER = 10;
const START = Date.UTC(2023, 0, 1);
const SPAN = 730 * 86_400_000;
const AS_OF = "2024-12-31T23:59:59Z";

const program: LoyaltyProgramInput = {
  costPerPoint: 0.008,
  earn: { basis: "spend", rate: 1 },
  expiry: { kind: "fixed", after: { length: 36, unit: "month" } },
  tiers: {
    window: { length: 12, unit: "month" },
    ladder: [
      { name: "Silver", threshold: 2000, retainThreshold: 1500 },
      { name: "Gold", threshold: 5000, retainThreshold: 4000 },
      { name: "Platinum", threshold: 10000, retainThreshold: 8000 },
    ],
  },
};

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

/**
 * 10 events per member at random times over 2023–2024 (in time order per member, members interleaved
 * by time as a host's log would be): accruals of 50–2,049 points, and about one in four events a
 * redemption of up to the member's balance at the time (no lot expires within the two years).
 */
export function loyaltyBenchEvents(): LoyaltyEvent[] {
  const random = mulberry32(10);
  const events: LoyaltyEvent[] = [];
  const times = new Float64Array(PER_MEMBER);
  for (let m = 0; m < MEMBERS; m++) {
    const customerId = `m${m}`;
    for (let k = 0; k < PER_MEMBER; k++) times[k] = START + Math.floor(random() * SPAN);
    times.sort();
    let held = 0;
    for (let k = 0; k < PER_MEMBER; k++) {
      const timestamp = new Date(times[k]!);
      if (held > 0 && random() < 0.25) {
        const points = 1 + Math.floor(random() * held);
        held -= points;
        events.push({ customerId, timestamp, type: "redemption", points });
      } else {
        const points = 50 + Math.floor(random() * 2000);
        held += points;
        events.push({ customerId, timestamp, type: "accrual", points });
      }
    }
  }
  return events.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `runs` runs after a warm-up, with the median CPU time (user + system) beside it. */
function time<T>(fn: () => T, runs = 5): { ms: number; range: string; result: T } {
  let result = fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const range = `runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms, CPU ${median(cpu).toFixed(0)} ms`;
  return { ms: median(times), range, result };
}

/** Runs the loyalty benchmarks and returns one row per task. */
export async function runLoyaltyBench(): Promise<BenchRow[]> {
  const events = loyaltyBenchEvents();
  const fmt = (n: number) => n.toLocaleString("en-US");
  const create = time(() => createLedger(program, events), 3);
  const ledger = create.result;
  const replay = time(() => ledgerStates(ledger, { asOf: AS_OF }));
  const states = replay.result;
  // Checks: one state per member, and the bulk replay agrees with the one-member functions on a sample.
  if (states.length !== MEMBERS) throw new Error(`loyalty bench: ${states.length} states, expected ${MEMBERS}`);
  for (const s of states.slice(0, 50)) {
    const b = balance(ledger, { asOf: AS_OF, customerId: s.customerId });
    const t = tierStatus(ledger, { asOf: AS_OF, customerId: s.customerId });
    if (b.available !== s.available || t.tier !== s.tier) throw new Error(`loyalty bench: ${s.customerId} disagrees`);
  }
  const points = states.reduce((n, s) => n + s.points, 0);
  const tiered = states.filter((s) => s.tier !== undefined).length;
  return [
    {
      task: "ledgerStates: replay to balances and tiers",
      size: `${fmt(events.length)} events / ${fmt(MEMBERS)} members`,
      ms: replay.ms,
      note: `${replay.range}; target ≤ 1 s; Σ points ${fmt(points)}, ${fmt(tiered)} members with a tier; 50 members checked against balance and tierStatus`,
    },
    {
      task: "createLedger: validate events and check the replay",
      size: `${fmt(events.length)} events / ${fmt(MEMBERS)} members`,
      ms: create.ms,
      note: `${create.range}; every event validated (fast path, zod for the rows it leaves), indexed by member, one replay`,
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await runLoyaltyBench())
    console.log(`${row.task} — ${row.size}: ${row.ms.toFixed(1)} ms${row.note ? `\n    ${row.note}` : ""}`);
}
