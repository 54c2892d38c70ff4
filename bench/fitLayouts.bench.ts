/**
 * Fits on customers who do not share a T (issue 18): BG/NBD, MBG/NBD and Pareto/NBD on `fitLayout(100_000)` and
 * `fitLayout(1_000_000)` (bench/score-layouts.mjs: BG/NBD customers, r 0.25, α 4, a 0.8, b 2.5, T continuous in
 * 26–78 weeks, so every (x, t_x, T) is distinct and compression saves nothing), against lifetimes 0.11.3 on the
 * same data (bench/peer-reference.md, via peerReference.ts). Data generation is never timed. 100,000: median of
 * 3 runs after a warm-up; 1,000,000: median of 3 runs (the first of them cold). The fit's memory above the input
 * is the growth of the peak RSS over the three 1,000,000-customer fits run in sequence, above the RSS with the
 * data loaded: an upper bound of each fit's own, since V8 keeps pages between them (run with
 * `NODE_OPTIONS=--expose-gc` for a steadier figure; one fit per process gives each model's own). Run alone with `npm run bench -- fit`.
 */
import { fitBgNbd } from "../src/clv/bgNbd/fitBgNbd.ts";
import type { CountModelData } from "../src/clv/CountModelData.ts";
import type { ModelFit } from "../src/clv/ModelFit.ts";
import { fitMbgNbd } from "../src/clv/mbgNbd/fitMbgNbd.ts";
import { fitParetoNbd } from "../src/clv/paretoNbd/fitParetoNbd.ts";
import type { BenchRow } from "./BenchRow.ts";
import { lifetimesFitLayoutReference } from "./peerReference.ts";
// @ts-expect-error -- plain JavaScript data generator shared with the peer benchmark (no types).
import { fitLayout } from "./score-layouts.mjs";

type Fit = (data: CountModelData, options: { unit: "week" }) => ModelFit<string, object>;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times `fitModel` on `data` `runs` times after `warmUps` untimed runs: median wall time, range, last fit. */
function time(fitModel: Fit, data: CountModelData, runs: number, warmUps: number) {
  for (let k = 0; k < warmUps; k++) fitModel(data, { unit: "week" });
  const times: number[] = [];
  let result: ModelFit<string, object> | undefined;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    result = fitModel(data, { unit: "week" });
    times.push(performance.now() - t0);
  }
  return {
    ms: median(times),
    range: `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms`,
    result: result!,
  };
}

function describe(result: ModelFit<string, object>): string {
  const params = Object.entries(result.params as Record<string, number>)
    .map(([k, v]) => `${k} ${v.toFixed(4)}`)
    .join(", ");
  return `${result.iterations} iterations; ${params}; ln L ${result.logLikelihood.toFixed(2)}`;
}

const MODELS: readonly { name: string; fit: Fit; refs: readonly [number, number | undefined] }[] = [
  {
    name: "BG/NBD",
    fit: fitBgNbd as Fit,
    refs: [lifetimesFitLayoutReference.bgNbd100k.ms, lifetimesFitLayoutReference.bgNbd1m.ms],
  },
  {
    name: "MBG/NBD",
    fit: fitMbgNbd as Fit,
    refs: [lifetimesFitLayoutReference.mbgNbd100k.ms, lifetimesFitLayoutReference.mbgNbd1m.ms],
  },
  { name: "Pareto/NBD", fit: fitParetoNbd as Fit, refs: [lifetimesFitLayoutReference.paretoNbd100k.ms, undefined] },
];

/** Runs the fit benchmarks on customers with distinct (x, t_x, T) and returns one row per model and size. */
export function runFitLayoutsBench(): BenchRow[] {
  const rows: BenchRow[] = [];
  // 1,000,000 first, so that the peak-RSS growth is not hidden by earlier peaks.
  const big = fitLayout(1_000_000) as CountModelData;
  gc();
  const rssBefore = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const bigRows: BenchRow[] = [];
  for (const { name, fit, refs } of MODELS) {
    const { ms, range, result } = time(fit, big, 3, 0);
    // lifetimes did not run its Pareto/NBD fit on 1,000,000 customers: ten times its 100,000 figure.
    const reference = refs[1] ?? 10 * refs[0];
    const estimated =
      refs[1] === undefined ? "; reference = 10 × lifetimes' 100,000 figure (not run by lifetimes)" : "";
    bigRows.push({
      task: `${name} fit, fitLayout (distinct x, t_x, T)`,
      size: "1,000,000 customers",
      ms,
      referenceMs: reference,
      note: `3 runs ${range} (first cold); ${describe(result)}${estimated}`,
    });
  }
  const growth = process.resourceUsage().maxRSS * 1024 - rssBefore;
  for (const row of bigRows) {
    rows.push({
      ...row,
      note: `${row.note}; peak RSS growth of the three fits ${mb(Math.max(0, growth))} above the data`,
    });
  }
  const small = fitLayout(100_000) as CountModelData;
  for (const { name, fit, refs } of MODELS) {
    const { ms, range, result } = time(fit, small, 3, 1);
    rows.unshift({
      task: `${name} fit, fitLayout (distinct x, t_x, T)`,
      size: "100,000 customers",
      ms,
      referenceMs: refs[0],
      note: `3 runs ${range} after a warm-up; ${describe(result)}`,
    });
  }
  // The peak covers the three fits in sequence (V8 keeps pages between them): an upper bound of each one's.
  const memory = `peak RSS growth over the three fits ${mb(Math.max(0, growth))} above the data`;
  for (const row of bigRows) rows.push({ ...row, note: `${row.note}; ${memory}` });
  return rows;
}
