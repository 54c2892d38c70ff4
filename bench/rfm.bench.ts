/**
 * Benchmarks of clientele/rfm against the reference timings of lifetimes 0.11.3
 * (bench/peer-reference.md). Data generation is never timed; each figure is the median of
 * 5 runs after a warm-up (one run; 20 for the millisecond-sized CDNOW tasks, so the JIT has settled). Run alone with `npx tsx bench/rfm.bench.ts` (add `node --expose-gc` via
 * `NODE_OPTIONS=--expose-gc` for steadier memory figures).
 */
import { pathToFileURL } from "node:url";
import { loadCdnowSample } from "../examples/_data/cdnow.ts";
import type { TransactionInput } from "../src/customers/TransactionSchema.ts";
import { compressSummaries } from "../src/rfm/compressSummaries.ts";
import { createSummaryAccumulator } from "../src/rfm/createSummaryAccumulator.ts";
import { summarizeTransactions } from "../src/rfm/summarizeTransactions.ts";
import { type T1Row, t1, t1CheckSums, t1Dates, t1Row, t1Transactions } from "./_data/t1.ts";
import type { BenchRow } from "./BenchRow.ts";
import { lifetimesReference } from "./peerReference.ts";

const RUNS = 5;
const T1_OPTIONS = { unit: "week", calibrationEnd: "2021-06-30", observationEnd: "2021-12-31" } as const;
const CDNOW_OPTIONS = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" } as const;
const STREAM_ROWS = 10_000_000;
const CHUNK = 100_000;

const fmt = (n: number) => n.toLocaleString("en-US");
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Times `fn` after `warmUps` untimed calls, RUNS times; returns the median and range in ms and the last result. */
function time<T>(fn: () => T, warmUps = 1): { ms: number; range: string; result: T } {
  let result = fn();
  for (let k = 1; k < warmUps; k++) result = fn();
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  const range = `runs ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms`;
  return { ms: median(times), range, result };
}

function check(label: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`rfm bench: ${label} is ${actual}, expected ${expected}`);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs the rfm benchmarks and returns one row per task. */
export async function runRfmBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // --- T1, exactly as peer-reference.md defines it (check sums verified before timing) ---
  const sums = t1CheckSums(t1.rows);
  check("T1 Σcustomer", sums.customers, 49_989_379_354);
  check("T1 Σday-offset", sums.dayOffsets, 365_076_701);
  check("T1 Σcents", sums.cents, 5_245_014_241);
  check("T1 distinct customer-days", sums.customerDays, 993_304);
  const log = t1Transactions(0, t1.rows);

  const oneShot = time(() => summarizeTransactions(log, T1_OPTIONS));
  const s = oneShot.result;
  check("T1 calibration customers", s.rows.length, 99_974);
  check(
    "T1 Σx_cal",
    s.rows.reduce((n, r) => n + r.frequency, 0),
    642_927,
  );
  check(
    "T1 Σx*",
    s.rows.reduce((n, r) => n + (r.holdoutFrequency ?? 0), 0),
    250_321,
  );
  rows.push({
    task: "summary, calibration + holdout, T1 (rows of objects, ISO date strings)",
    size: "1,000,000 rows / 100,000 customers",
    ms: oneShot.ms,
    referenceMs: lifetimesReference.holdoutT1.ms,
    targetMs: 500,
    note: `${oneShot.range}; check sums verified; 99,974 cal. customers, Σx_cal 642,927, Σx* 250,321`,
  });

  const calOnly = time(() => summarizeTransactions(log, { unit: "week", observationEnd: "2021-12-31" }));
  check(
    "T1 Σx (whole window)",
    calOnly.result.rows.reduce((n, r) => n + r.frequency, 0),
    893_304,
  );
  rows.push({
    task: "summary, calibration only, T1",
    size: "1,000,000 rows / 100,000 customers",
    ms: calOnly.ms,
    referenceMs: lifetimesReference.summaryT1.ms,
    note: `${calOnly.range}; Σx 893,304 (lifetimes: 0.86 s with dates, 2.1 s with yyyymmdd strings)`,
  });

  const compressed = time(() => compressSummaries(s.rows));
  check("T1 distinct triples", compressed.result.count.length, 79_509);
  rows.push({
    task: "compressSummaries, T1 calibration summary",
    size: "99,974 customers",
    ms: compressed.ms,
    note: `${compressed.range}; 79,509 distinct (x, t_x, T) triples`,
  });

  const columns = {
    customerId: log.map((r) => r.customerId),
    timestamp: log.map((r) => r.timestamp as string),
    amount: Float64Array.from(log, (r) => r.amount),
  };
  const columnar = time(() => summarizeTransactions(columns, T1_OPTIONS));
  check(
    "T1 columnar Σx_cal",
    columnar.result.rows.reduce((n, r) => n + r.frequency, 0),
    642_927,
  );
  rows.push({
    task: "summary, calibration + holdout, T1 (columns)",
    size: "1,000,000 rows / 100,000 customers",
    ms: columnar.ms,
    referenceMs: lifetimesReference.holdoutT1.ms,
    note: columnar.range,
  });

  rows.push(streamingBench());

  // --- CDNOW sample ---
  const cdnow = loadCdnowSample();
  const cdnowBoth = time(() => summarizeTransactions(cdnow, CDNOW_OPTIONS), 20);
  check(
    "CDNOW holdout Σx*",
    cdnowBoth.result.rows.reduce((n, x) => n + (x.holdoutFrequency ?? 0), 0),
    1882,
  );
  rows.push({
    task: "summary, calibration + holdout, CDNOW sample",
    size: "6,919 rows / 2,357 customers",
    ms: cdnowBoth.ms,
    referenceMs: lifetimesReference.holdoutCdnow.ms,
    note: `${cdnowBoth.range}; holdout Σx* 1,882`,
  });
  const cdnowCal = time(() => summarizeTransactions(cdnow, { unit: "week", observationEnd: "1997-09-30" }), 20);
  check(
    "CDNOW Σx",
    cdnowCal.result.rows.reduce((n, x) => n + x.frequency, 0),
    2457,
  );
  rows.push({
    task: "summary, calibration only, CDNOW sample",
    size: "6,919 rows / 2,357 customers",
    ms: cdnowCal.ms,
    referenceMs: lifetimesReference.summaryCdnow.ms,
    note: `${cdnowCal.range}; Σx 2,457; 946 repeaters (rows after 1997-09-30 excluded and counted)`,
  });
  return rows;
}

/** [heap bytes, array-buffer bytes] grown since a baseline. */
type Growth = [number, number];

/**
 * The streaming accumulator over T1 extended to 10M rows (same rule: rows ≥ 100,000 draw their customer
 * uniformly). Rows are generated once into typed arrays; each chunk of row objects is built outside the
 * timing. Kept in its own function so no earlier data is alive while memory is measured.
 */
function streamingBench(): BenchRow {
  const customer = new Int32Array(STREAM_ROWS);
  const day = new Uint16Array(STREAM_ROWS);
  const cents = new Int32Array(STREAM_ROWS);
  const r: T1Row = { customer: 0, dayOffset: 0, cents: 0 };
  for (let i = 0; i < STREAM_ROWS; i++) {
    t1Row(i, r);
    customer[i] = r.customer;
    day[i] = r.dayOffset;
    cents[i] = r.cents;
  }
  const dates = t1Dates(); // one string per day, shared by the rows (as a CSV reader's cache would)
  const makeChunk = (from: number): TransactionInput[] => {
    const out: TransactionInput[] = new Array(CHUNK);
    for (let k = 0; k < CHUNK; k++) {
      const i = from + k;
      out[k] = { customerId: customer[i]!, timestamp: dates[day[i]!]!, amount: cents[i]! / 100 };
    }
    return out;
  };
  const streamTimes: number[] = [];
  let memoryNote = "";
  let streamCheck = 0;
  const accumulators: unknown[] = [];
  for (let run = 0; run <= RUNS; run++) {
    gc();
    const before = process.memoryUsage();
    let elapsed = 0;
    let t0 = performance.now();
    const acc = createSummaryAccumulator(T1_OPTIONS);
    elapsed += performance.now() - t0;
    let at1M: Growth = [0, 0];
    for (let from = 0; from < STREAM_ROWS; from += CHUNK) {
      const chunk = makeChunk(from);
      t0 = performance.now();
      acc.add(chunk);
      elapsed += performance.now() - t0;
      if (from + CHUNK === 1_000_000) {
        gc();
        const m = process.memoryUsage();
        at1M = [m.heapUsed - before.heapUsed, m.arrayBuffers - before.arrayBuffers];
      }
    }
    t0 = performance.now();
    const result = acc.finish();
    elapsed += performance.now() - t0;
    streamCheck = result.rows.length;
    gc();
    const after = process.memoryUsage();
    accumulators.push(acc); // keep it alive until measured
    const at10M: Growth = [after.heapUsed - before.heapUsed, after.arrayBuffers - before.arrayBuffers];
    accumulators.length = 0;
    if (run > 0) streamTimes.push(elapsed);
    // Measured on the first run only: in later runs the previous accumulator is still referenced when the
    // baseline is taken, which would hide the growth.
    if (run === 0)
      memoryNote = `memory growth (heap + array buffers, after GC): after 1M rows ${mb(at1M[0])} + ${mb(at1M[1])}, after 10M rows and finish() ${mb(at10M[0])} + ${mb(at10M[1])} (incl. the result rows); peak RSS of the bench process so far ${mb(process.resourceUsage().maxRSS * 1024)}`;
  }
  return {
    task: "streaming accumulator, chunks of 100,000 rows (T1 extended)",
    size: `${fmt(STREAM_ROWS)} rows / 100,000 customers`,
    ms: median(streamTimes),
    targetMs: 6000,
    note: `runs ${Math.min(...streamTimes).toFixed(0)}–${Math.max(...streamTimes).toFixed(0)} ms; ${fmt(streamCheck)} cal. customers; add() + finish() only; ${memoryNote}`,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runRfmBench();
  for (const row of result) {
    const ratio =
      row.referenceMs === undefined
        ? ""
        : `  (lifetimes ${fmt(row.referenceMs)} ms, ×${(row.referenceMs / row.ms).toFixed(1)})`;
    console.log(`${row.task} — ${row.size}: ${row.ms.toFixed(1)} ms${ratio}${row.note ? `\n    ${row.note}` : ""}`);
  }
}
