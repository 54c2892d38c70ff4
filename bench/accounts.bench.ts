/**
 * Benchmark of clientele/accounts: `basketAffinities` over 1,000,000 transaction lines of 10,000 products
 * (issue 13's target: ≤ 2 s, memory bounded by the pairs kept). Baskets of 1–7 lines (mean 4, so about
 * 250,000 baskets); products drawn from a Zipf(1) law over 10,000 ids, and in a tenth of baskets product
 * k's complement k + 1 is added, so there are real affinities to find. The lines are generated with a seeded
 * generator (not timed) in the shape parseTransactions returns; the figure is the median of 5 runs after a
 * warm-up, for `minSupport` 0.001 (≥ 250 baskets) and 0.0001 (≥ 25 baskets). Memory is reported as what
 * the function allocates by design: three Int32Arrays of the line count (12 bytes a line) and the pair table
 * (a power of two ≥ twice the pairs counted, 12 bytes a slot). Run alone with
 * `npx tsx bench/accounts.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { basketAffinities } from "../src/accounts/basketAffinities.ts";
import type { Transaction } from "../src/customers/index.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const LINES = 1_000_000;
const PRODUCTS = 10_000;
const SEED = 13;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** mulberry32: a small seeded generator (bench data only). */
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

/** 1,000,000 lines grouped into baskets by transactionId. */
export function benchLines(): Transaction[] {
  const rand = rng(SEED);
  const cdf = new Float64Array(PRODUCTS);
  let s = 0;
  for (let k = 0; k < PRODUCTS; k++) cdf[k] = s += 1 / (k + 1);
  const draw = (): number => {
    const u = rand() * s;
    let lo = 0;
    let hi = PRODUCTS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ids = Array.from({ length: PRODUCTS }, (_, k) => `p${k}`);
  const out: Transaction[] = [];
  const t0 = Date.UTC(2024, 0, 1);
  let basket = 0;
  while (out.length < LINES) {
    const size = 1 + Math.floor(rand() * 7);
    const customerId = String(Math.floor(rand() * 100_000));
    const timestamp = new Date(t0 + basket * 60_000);
    const transactionId = String(basket++);
    for (let j = 0; j < size && out.length < LINES; j++) {
      const k = draw();
      out.push({ customerId, timestamp, amount: 10, transactionId, productId: ids[k]! });
      if (j + 1 < size && rand() < 0.1) {
        out.push({ customerId, timestamp, amount: 10, transactionId, productId: ids[(k + 1) % PRODUCTS]! });
        j++;
      }
    }
  }
  return out;
}

/** Runs the accounts benchmark and returns its rows. */
export function runAccountsBench(): BenchRow[] {
  const lines = benchLines();
  const rows: BenchRow[] = [];
  for (const minSupport of [0.001, 0.0001]) {
    const options = { basketBy: "transactionId", minSupport } as const;
    const first = basketAffinities(lines, options); // warm-up
    const times: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const t0 = performance.now();
      const a = basketAffinities(lines, options);
      times.push(performance.now() - t0);
      if (a.pairs.length !== first.pairs.length)
        throw new Error("accounts bench: basketAffinities is not deterministic");
    }
    rows.push({
      task: `basketAffinities, minSupport ${minSupport} (target ≤ 2 s)`,
      size: `${LINES.toLocaleString("en-US")} lines`,
      ms: median(times),
      note: `${first.baskets.toLocaleString("en-US")} baskets, ${first.products.toLocaleString("en-US")} products, ${first.items.length} frequent, ${first.candidatePairs.toLocaleString("en-US")} pairs counted, ${first.pairs.length.toLocaleString("en-US")} kept; runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms; pair table ${((2 ** Math.ceil(Math.log2(Math.max(16, 2 * first.candidatePairs))) * 12) / 2 ** 20).toFixed(0)} MB; line arrays ${((12 * LINES) / 2 ** 20).toFixed(0)} MB`,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runAccountsBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
