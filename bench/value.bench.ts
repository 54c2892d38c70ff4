/**
 * Benchmark of clientele/value: profit per customer (`customerProfits`, activity-based cost to serve) and
 * the whale curve over 1,000,000 transactions of 100,000 customers (issue 13's target: ≤ 300 ms), in the
 * two layouts `customerProfits` takes: customer records (`groupByCustomer`'s output) and columns
 * (`CustomerBaseColumns`, the fast path: typed arrays, `timestampMs`). The records are generated here
 * with a fixed seed (10 transactions per customer, about a third of them with a channel priced by
 * channel, a fifth without cost; 0–3 interactions of three kinds per customer); the columns hold the same
 * events in the same order (a missing cost is NaN), built from records that are then dropped, as an app
 * reading columns holds no row objects. Both layouts must give the same whale curve (checked). Data
 * generation is not timed. Each figure is the median of 5 runs after a warm-up; the note adds the median
 * process CPU time, which a loaded machine inflates less than wall time. Run alone with
 * `npx tsx bench/value.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import type { CustomerRecord } from "../src/customers/index.ts";
import type { CustomerBaseColumns } from "../src/value/CustomerBaseColumns.ts";
import { customerProfitColumns } from "../src/value/customerProfitColumns.ts";
import { customerProfits } from "../src/value/customerProfits.ts";
import { whaleCurve } from "../src/value/whaleCurve.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const CUSTOMERS = 100_000;
const PER_CUSTOMER = 10;
const SEED = 13;
const CHANNELS = ["web", "store", "phone"] as const;
const KINDS = ["delivery", "return", "call"] as const;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A small seeded generator (mulberry32), for the bench data only. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 100,000 records in the validated shape (what groupByCustomer returns). */
function records(): CustomerRecord[] {
  const rand = rng(SEED);
  const start = Date.UTC(2025, 0, 1);
  const span = 365 * 86_400_000;
  const out: CustomerRecord[] = new Array(CUSTOMERS);
  for (let c = 0; c < CUSTOMERS; c++) {
    const customerId = `c${c}`;
    const spend = 20 + 200 * rand() ** 3;
    const transactions = Array.from({ length: PER_CUSTOMER }, (_, k) => {
      const amount = Math.round(spend * (0.5 + rand()) * 100) / 100;
      const t = {
        customerId,
        timestamp: new Date(start + Math.floor(((k + rand()) / PER_CUSTOMER) * span)),
        amount,
        channel: CHANNELS[Math.floor(rand() * 3)]!,
      };
      return rand() < 0.2 ? t : { ...t, cost: Math.round(amount * 0.6 * 100) / 100 };
    });
    const interactions = Array.from({ length: Math.floor(rand() * 4) }, (_, k) => ({
      customerId,
      timestamp: new Date(start + Math.floor(((k + rand()) / 4) * span)),
      kind: KINDS[Math.floor(rand() * 3)]!,
      channel: "phone",
      direction: "inbound" as const,
    }));
    out[c] = {
      customerId,
      transactions,
      interactions,
      serviceFailures: [],
      complaints: [],
      surveyResponses: [],
      incidents: [],
      bonds: [],
      loyaltyEvents: [],
    };
  }
  return out;
}

/** The same events as columns, in record order (what an app reading a columnar store holds). */
function columnsOf(data: readonly CustomerRecord[]): CustomerBaseColumns {
  let n = 0;
  let m = 0;
  for (const r of data) {
    n += r.transactions.length;
    m += r.interactions.length;
  }
  const tx = {
    customerId: new Array<string>(n),
    timestampMs: new Float64Array(n),
    amount: new Float64Array(n),
    cost: new Float64Array(n),
    channel: new Array<string | undefined>(n),
  };
  const it = { customerId: new Array<string>(m), timestampMs: new Float64Array(m), kind: new Array<string>(m) };
  let j = 0;
  let k = 0;
  for (const r of data) {
    for (const t of r.transactions) {
      tx.customerId[j] = t.customerId;
      tx.timestampMs[j] = t.timestamp.getTime();
      tx.amount[j] = t.amount;
      tx.cost[j] = t.cost ?? Number.NaN;
      tx.channel[j] = t.channel;
      j++;
    }
    for (const e of r.interactions) {
      it.customerId[k] = e.customerId;
      it.timestampMs[k] = e.timestamp.getTime();
      it.kind[k] = e.kind;
      k++;
    }
  }
  return { customers: { customerId: data.map((r) => r.customerId) }, transactions: tx, interactions: it };
}

const DRIVERS = {
  perOrder: 3,
  perOrderByChannel: { web: 7.5 },
  revenueShare: 0.02,
  perInteraction: { delivery: 6, return: 12, call: 4 },
};
const OPTIONS = { to: new Date(Date.UTC(2026, 0, 1)), missingCost: { margin: 0.4 } } as const;

/** Times `run`: the median wall and CPU times and the peak profit share. */
function timeRuns(run: () => number): {
  ms: number;
  times: number[];
  cpu: number;
  checksum: number;
} {
  // A full collection first (npm run bench passes --expose-gc), so a layout does not pay for the last one's garbage.
  (globalThis as { gc?: () => void }).gc?.();
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
    if (s !== checksum) throw new Error("value bench: the whale curve is not deterministic");
  }
  return { ms: median(times), times, cpu: median(cpu), checksum };
}

function row(task: string, r: ReturnType<typeof timeRuns>, transactions: number): BenchRow {
  return {
    task: `${task} (target ≤ 300 ms)`,
    size: `${transactions.toLocaleString("en-US")} rows / ${CUSTOMERS.toLocaleString("en-US")} customers`,
    ms: r.ms,
    targetMs: 300,
    note: `seed ${SEED}; runs ${Math.min(...r.times).toFixed(0)}–${Math.max(...r.times).toFixed(0)} ms; process CPU median ${r.cpu.toFixed(0)} ms (GC threads included; the figure to read on a loaded machine); peak profit share ${r.checksum.toFixed(4)}`,
  };
}

function timeRecords(data: readonly CustomerRecord[]) {
  return timeRuns(() => whaleCurve(customerProfits(data, DRIVERS, OPTIONS)).peakProfitShare);
}

function timeColumns(columns: CustomerBaseColumns) {
  return timeRuns(() => whaleCurve(customerProfitColumns(columns, DRIVERS, OPTIONS)).peakProfitShare);
}

/** Runs the value benchmark and returns its rows (records, then columns). */
export function runValueBench(): BenchRow[] {
  const transactions = CUSTOMERS * PER_CUSTOMER;
  const byRecords = timeRecords(records());
  // Built from records of their own, which are garbage by the time the columns are timed.
  const byColumns = timeColumns(columnsOf(records()));
  if (byColumns.checksum !== byRecords.checksum) {
    throw new Error("value bench: columns and records give different whale curves");
  }
  return [
    row("customerProfits(records) + whaleCurve", byRecords, transactions),
    row("customerProfitColumns(columns) + whaleCurve", byColumns, transactions),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runValueBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
