// Micro benchmark of the special functions the likelihoods call in their inner loops. Prints nothing by
// itself: bench/index.ts calls runMathBench() and reports the figures. Timing only, never asserted.
import { digammaUnchecked } from "../src/_lib/digammaUnchecked.ts";
import { logGammaUnchecked } from "../src/_lib/logGammaUnchecked.ts";
import { logHyp2f1Unchecked } from "../src/_lib/logHyp2f1Unchecked.ts";
import { digamma } from "../src/math/digamma.ts";
import { logGamma } from "../src/math/logGamma.ts";
import { logHyp2f1 } from "../src/math/logHyp2f1.ts";

const CALLS = 1_000_000;
const RUNS = 5;
const INPUTS = 4096;

/** One timed case: `body(i)` is called CALLS times with i cycling over the precomputed inputs. */
interface Case {
  readonly name: string;
  readonly body: (i: number) => number;
}

/** Deterministic inputs (a linear congruential sequence), so runs are comparable. */
function uniforms(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s + 0.5) / 4294967296;
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Times the special functions over 1e6 calls each and returns the median wall time of 5 runs (after one
 * warm-up run) in milliseconds per 1e6 calls.
 *
 * Cases: `logGamma` and `digamma` on arguments spread over (0.01, 1000) on a log scale (public function,
 * and the unchecked `_lib` version the models call); `logHyp2f1` on the Pareto/NBD likelihood's
 * 2F1(r+s+x, r+x; r+s+x+1; (β−α)/(β+t)) with the published CDNOW estimates (r 0.55, α 10.58, s 0.61,
 * β 11.67), purchase counts x from 0 to 30 and t from 0 to 39 weeks; and the same with the worst-case form
 * 2F1(r+s+x, s+1; r+s+x+1; z) at z near 1, which goes through the connection formula or the Taylor-step
 * continuation.
 *
 * @returns One `{ name, ms }` per case.
 */
export function runMathBench(): { name: string; ms: number }[] {
  const u = uniforms(INPUTS, 20261123);
  const v = uniforms(INPUTS, 7);
  const args = Float64Array.from(u, (p) => 0.01 * 100_000 ** p);
  const [r, alpha, s, beta] = [0.55, 10.58, 0.61, 11.67];
  const pa = new Float64Array(INPUTS);
  const pb = new Float64Array(INPUTS);
  const pz = new Float64Array(INPUTS);
  const hardB = new Float64Array(INPUTS);
  const hardZ = new Float64Array(INPUTS);
  for (let i = 0; i < INPUTS; i++) {
    const x = Math.floor(31 * u[i]!);
    const t = 39 * v[i]!;
    pa[i] = r + s + x;
    pb[i] = r + x;
    pz[i] = (beta - alpha) / (beta + t);
    hardB[i] = s + 1;
    hardZ[i] = 1 - 10 ** (-2 - 8 * v[i]!);
  }
  const mask = INPUTS - 1;
  const cases: Case[] = [
    { name: "logGamma (public)", body: (i) => logGamma(args[i & mask]!) },
    { name: "logGamma (unchecked)", body: (i) => logGammaUnchecked(args[i & mask]!) },
    { name: "digamma (public)", body: (i) => digamma(args[i & mask]!) },
    { name: "digamma (unchecked)", body: (i) => digammaUnchecked(args[i & mask]!) },
    {
      name: "logHyp2f1 Pareto/NBD CDNOW (public)",
      body: (i) => logHyp2f1(pa[i & mask]!, pb[i & mask]!, pa[i & mask]! + 1, pz[i & mask]!),
    },
    {
      name: "logHyp2f1 Pareto/NBD CDNOW (unchecked)",
      body: (i) => logHyp2f1Unchecked(pa[i & mask]!, pb[i & mask]!, pa[i & mask]! + 1, pz[i & mask]!),
    },
    {
      name: "logHyp2f1 z near 1, s + 1 form (unchecked)",
      body: (i) => logHyp2f1Unchecked(pa[i & mask]!, hardB[i & mask]!, pa[i & mask]! + 1, hardZ[i & mask]!),
    },
  ];
  const results: { name: string; ms: number }[] = [];
  let sink = 0;
  for (const { name, body } of cases) {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const start = performance.now();
      for (let i = 0; i < CALLS; i++) sink += body(i);
      const elapsed = performance.now() - start;
      if (run > 0) times.push(elapsed); // run 0 is the warm-up
    }
    results.push({ name, ms: median(times) });
  }
  if (Number.isNaN(sink)) results.push({ name: "(a case returned NaN)", ms: Number.NaN });
  return results;
}
