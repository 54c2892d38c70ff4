/**
 * Scoring 1,000,000 customers whose T is shared or not (issue 18): BG/NBD, MBG/NBD and Pareto/NBD E[Y(52) | x, t_x, T]
 * and P(alive) on the three layouts of bench/score-layouts.mjs — `const` (every T = 52, like G1), `days` (T and
 * recency in whole days / 7, as summaries of dated logs) and `continuous` (every T distinct) — with the CDNOW fits of
 * peer-reference.md, against lifetimes 0.11.3 on identical data (its figures per layout: peerReference.ts,
 * `lifetimesLayoutReference`). Each figure is the median of 5 runs after a warm-up (wall time); data generation is
 * not timed. Beside the MBG/NBD P(alive) rows, a bare loop of the same log and exp per customer (its closed form
 * needs both; V8's floor) is timed on the same data. Run alone with `npx tsx bench/scoreLayouts.bench.ts`, or
 * `npm run bench -- score`.
 */
import { pathToFileURL } from "node:url";
import type { CountModel } from "../src/clv/CountModelFit.ts";
import { conditionalExpectedPurchases } from "../src/clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../src/clv/predictions/probabilityAlive.ts";
import type { BenchRow } from "./BenchRow.ts";
import { lifetimesLayoutReference, type ScoreLayout } from "./peerReference.ts";
// @ts-expect-error: a plain ES module shared with the Python side, without type declarations.
import { scoreLayout } from "./score-layouts.mjs";

const CUSTOMERS = 1_000_000;
const HORIZON = 52;

/** The CDNOW fits of peer-reference.md ("Parameters for scoring"), in weeks. */
const FITS = {
  "BG/NBD": { model: "bg-nbd", params: { r: 0.2426, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
  "MBG/NBD": { model: "mbg-nbd", params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, unit: "week" },
  "Pareto/NBD": { model: "pareto-nbd", params: { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, unit: "week" },
} as const satisfies Record<string, CountModel>;

const REFERENCE = {
  "BG/NBD": { expected: lifetimesLayoutReference.bgNbdExpected, alive: lifetimesLayoutReference.bgNbdAlive },
  "MBG/NBD": { expected: lifetimesLayoutReference.mbgNbdExpected, alive: lifetimesLayoutReference.mbgNbdAlive },
  "Pareto/NBD": {
    expected: lifetimesLayoutReference.paretoNbdExpected,
    alive: lifetimesLayoutReference.paretoNbdAlive,
  },
} as const;

const LAYOUT_LABEL: Record<ScoreLayout, string> = {
  const: "const T (T = 52 for all)",
  days: "days / 7 (T, t_x whole days)",
  continuous: "continuous T (all distinct)",
};

interface Columns {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T, runs = 5): { ms: number; range: string; result: T } {
  let result = fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return {
    ms: median(times),
    range: `${runs} runs ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms`,
    result,
  };
}

const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;

/** One log and one exp per customer, as the MBG/NBD P(alive) needs: (r + x) ln((α + T)/(α + t_x)), then e^… */
function bareLogExp(data: Columns, out: Float64Array): Float64Array {
  const { r, alpha } = FITS["MBG/NBD"].params;
  const { frequency, recency, T } = data;
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.exp((r + frequency[i]!) * Math.log((alpha + T[i]!) / (alpha + recency[i]!)));
  }
  return out;
}

/** Runs the scoring benchmarks and returns one row per model, quantity and layout. */
export function runScoreLayoutsBench(): BenchRow[] {
  const rows: BenchRow[] = [];
  const size = "1,000,000 customers";
  for (const layout of ["const", "days", "continuous"] as const) {
    const data = scoreLayout(layout, CUSTOMERS) as Columns;
    for (const [name, fit] of Object.entries(FITS) as [keyof typeof FITS, CountModel][]) {
      const reference = REFERENCE[name];
      const expected = time(() => conditionalExpectedPurchases(fit, HORIZON, data));
      rows.push({
        task: `${name} E[Y(52) | x, t_x, T], columns`,
        size,
        layout: LAYOUT_LABEL[layout],
        ms: expected.ms,
        referenceMs: reference.expected[layout].ms,
        targetMs: reference.expected[layout].ms / 5,
        note: `${expected.range}; mean ${mean(expected.result).toFixed(6)}; CDNOW fit, score-layouts.mjs "${layout}"`,
      });
      const alive = time(() => probabilityAlive(fit, data));
      let note = `${alive.range}; mean ${mean(alive.result).toFixed(6)}`;
      if (name === "MBG/NBD") {
        const out = new Float64Array(CUSTOMERS);
        const loop = time(() => bareLogExp(data, out));
        note += `; a bare loop of its log and exp on the same data: ${loop.ms.toFixed(1)} ms (${(alive.ms / loop.ms).toFixed(2)}× that)`;
      }
      rows.push({
        task: `${name} P(alive), columns`,
        size,
        layout: LAYOUT_LABEL[layout],
        ms: alive.ms,
        referenceMs: reference.alive[layout].ms,
        // Goals of issue 18: ≥ 1× for BG/NBD, ≥ 3× for Pareto/NBD; MBG/NBD against the bare loop (note).
        ...(name === "BG/NBD" ? { targetMs: reference.alive[layout].ms } : {}),
        ...(name === "Pareto/NBD" ? { targetMs: reference.alive[layout].ms / 3 } : {}),
        note,
      });
    }
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of runScoreLayoutsBench()) {
    const ratio =
      row.referenceMs === undefined
        ? ""
        : ` (lifetimes ${row.referenceMs} ms, ×${(row.referenceMs / row.ms).toFixed(1)})`;
    console.log(`${row.task} [${row.layout}] — ${row.size}: ${row.ms.toFixed(1)} ms${ratio}\n    ${row.note ?? ""}`);
  }
}
