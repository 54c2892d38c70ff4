/**
 * Benchmark of clientele/satisfaction's indices (issue 11's targets: ≤ 100 ms each over 1,000,000
 * responses): `netPromoterScore` on a `Uint8Array` and on a plain array, `customerSatisfactionScore` on a
 * `Uint8Array`, and `servqualGaps` on flat `Uint8Array` columns (1,000,000 respondents × 22 items × 2).
 * Answers come from a seeded generator (SplitMix32-style hash of the index, seed below); generation is not
 * timed. Each figure is the median of 5 runs after a warm-up. Run alone with `npx tsx bench/satisfaction.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { customerSatisfactionScore } from "../src/satisfaction/customerSatisfactionScore.ts";
import { netPromoterScore } from "../src/satisfaction/netPromoterScore.ts";
import { servqualGaps } from "../src/satisfaction/servqualGaps.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const RESPONSES = 1_000_000;
const SEED = 20261207;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A uniform integer in [0, m) from the index i (a fixed hash: the data are the same on every run). */
function draw(i: number, m: number): number {
  let x = (i + SEED) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  x ^= x >>> 16;
  return (x >>> 0) % m;
}

function time(run: () => number): { ms: number; min: number; max: number; checksum: number } {
  const checksum = run(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    const s = run();
    times.push(performance.now() - t0);
    if (s !== checksum) throw new Error("satisfaction bench: result is not deterministic");
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), checksum };
}

/** Runs the satisfaction index benchmarks and returns their rows. */
export function runSatisfactionBench(): BenchRow[] {
  const nps = new Uint8Array(RESPONSES);
  for (let i = 0; i < RESPONSES; i++) nps[i] = draw(i, 11);
  const npsPlain = Array.from(nps);
  const csat = new Uint8Array(RESPONSES);
  for (let i = 0; i < RESPONSES; i++) csat[i] = 1 + draw(i + 7 * RESPONSES, 5);
  const cells = RESPONSES * 22;
  const expectations = new Uint8Array(cells);
  const perceptions = new Uint8Array(cells);
  for (let i = 0; i < cells; i++) {
    expectations[i] = 1 + draw(2 * i, 7);
    perceptions[i] = 1 + draw(2 * i + 1, 7);
  }
  const size = `${RESPONSES.toLocaleString("en-US")} responses`;
  const rows: BenchRow[] = [];
  const npsTyped = time(() => netPromoterScore(nps).score);
  rows.push({
    task: "netPromoterScore, Uint8Array column (target ≤ 100 ms)",
    size,
    ms: npsTyped.ms,
    targetMs: 100,
    note: `runs ${npsTyped.min.toFixed(1)}–${npsTyped.max.toFixed(1)} ms; NPS ${npsTyped.checksum.toFixed(3)} (seed ${SEED})`,
  });
  const npsArray = time(() => netPromoterScore(npsPlain).score);
  rows.push({
    task: "netPromoterScore, plain number[] (target ≤ 100 ms)",
    size,
    ms: npsArray.ms,
    targetMs: 100,
    note: `runs ${npsArray.min.toFixed(1)}–${npsArray.max.toFixed(1)} ms`,
  });
  const scale = { min: 1, max: 5, integer: true };
  const csatRun = time(() => customerSatisfactionScore(csat, { scale }).score);
  rows.push({
    task: "customerSatisfactionScore, Uint8Array (target ≤ 100 ms)",
    size,
    ms: csatRun.ms,
    targetMs: 100,
    note: `runs ${csatRun.min.toFixed(1)}–${csatRun.max.toFixed(1)} ms; top-2-box ${csatRun.checksum.toFixed(3)} %`,
  });
  const sq = time(() => servqualGaps({ expectations, perceptions }).overall);
  rows.push({
    task: "servqualGaps, Uint8Array columns × 22 items (target ≤ 100 ms)",
    size: `${RESPONSES.toLocaleString("en-US")} respondents`,
    ms: sq.ms,
    targetMs: 100,
    note: `runs ${sq.min.toFixed(1)}–${sq.max.toFixed(1)} ms; 44,000,000 answers; overall gap ${sq.checksum.toFixed(5)}`,
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runSatisfactionBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
