/**
 * Benchmark of clientele/satisfaction's chain: `fitSatisfactionChain` on 100,000 respondents (issue 11's
 * target: ≤ 200 ms), each with three attributes, three information items and the overall item, simulated by
 * `simulateSatisfactionSurvey` with a fixed seed (simulation not timed). The figure is the median of 5 runs
 * after a warm-up; it includes validating every answer against its scale. Run alone with
 * `npx tsx bench/satisfactionChain.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { fitSatisfactionChain } from "../src/satisfaction/fitSatisfactionChain.ts";
import { simulateSatisfactionSurvey } from "../src/satisfaction/simulateSatisfactionSurvey.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const RESPONDENTS = 100_000;
const SEED = 11;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs the satisfaction-chain benchmark and returns its row. */
export function runSatisfactionChainBench(): BenchRow[] {
  const { responses } = simulateSatisfactionSurvey({ respondents: RESPONDENTS, seed: SEED });
  const checksum = fitSatisfactionChain(responses).model.overallSatisfaction.attributeSatisfaction; // warm-up
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    const fit = fitSatisfactionChain(responses);
    times.push(performance.now() - t0);
    if (fit.model.overallSatisfaction.attributeSatisfaction !== checksum) {
      throw new Error("satisfaction bench: fitSatisfactionChain is not deterministic");
    }
  }
  return [
    {
      task: "fitSatisfactionChain, 4 OLS path equations",
      size: `${RESPONDENTS.toLocaleString("en-US")} respondents`,
      ms: median(times),
      targetMs: 200,
      note: `3 attributes, 3 information items (seed ${SEED}); runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms; overall ← attribute ${checksum.toFixed(4)}`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runSatisfactionChainBench())
    console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
