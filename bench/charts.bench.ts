/**
 * Benchmark of clientele/charts: building each spec whose input grows with the customer base, for
 * 100,000 customers (issue 15's target: ≤ 50 ms per chart; matrices and maps aggregate, they never embed
 * one point per customer). The library results the charts take (RFM scores, a whale curve, a pyramid,
 * bond profiles with segments, tracking rows of 100,000 first purchases) are built here from seeded data
 * and not timed. The figure is the median of 7 runs after a warm-up; the note adds the median process CPU
 * time, which a loaded machine inflates less than wall time. Rendering (vega) is not part of it. Run
 * alone with `npx tsx bench/charts.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { createCounterStream, nextUnit, selectEntity, selectSubstream } from "../src/_lib/splitMix64.ts";
import type { BondProfile } from "../src/bonds/bondProfile.ts";
import { bondProfileChart } from "../src/charts/bondProfileChart.ts";
import { customerPyramidChart } from "../src/charts/customerPyramidChart.ts";
import { probabilityAliveMatrixChart } from "../src/charts/probabilityAliveMatrixChart.ts";
import { rfmSegmentChart } from "../src/charts/rfmSegmentChart.ts";
import { trackingChart } from "../src/charts/trackingChart.ts";
import { whaleCurveChart } from "../src/charts/whaleCurveChart.ts";
import type { CountModel } from "../src/clv/CountModelFit.ts";
import { trackingCurve } from "../src/clv/checking/trackingCurve.ts";
import { scoreRfm } from "../src/rfm/scoreRfm.ts";
import { customerPyramid } from "../src/value/customerPyramid.ts";
import { whaleCurve } from "../src/value/whaleCurve.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 7;
const CUSTOMERS = 100_000;
const SEED = 15;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Seeded uniforms in (0, 1) from the library's counter-based SplitMix64 (entity 0 of `seed`). */
function rng(seed: number): () => number {
  const stream = createCounterStream();
  selectEntity(stream, seed, 0);
  selectSubstream(stream, 0);
  return () => nextUnit(stream);
}

/** Median wall and CPU time of `build` over RUNS runs after one warm-up. */
function time(task: string, build: () => unknown): BenchRow {
  build();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    build();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    task,
    size: "100,000 customers",
    ms: median(wall),
    targetMs: 50,
    note: `CPU ${median(cpu).toFixed(1)} ms`,
  };
}

/** The chart specs of issue 15 whose inputs grow with the customer base, built for 100,000 customers. */
export function runChartsBench(): BenchRow[] {
  const rand = rng(SEED);
  const summaries = Array.from({ length: CUSTOMERS }, (_, i) => {
    const T = 10 + 30 * rand();
    const frequency = Math.floor(8 * rand() ** 2);
    const recency = frequency === 0 ? 0 : T * rand();
    return { customerId: `c${i}`, frequency, recency, T, monetaryValue: frequency === 0 ? 0 : 10 + 90 * rand() };
  });
  const scoring = scoreRfm(summaries);
  const profits = summaries.map((s) => ({ customerId: s.customerId, profit: s.frequency * s.monetaryValue - 20 }));
  const curve = whaleCurve(profits);
  const pyramid = customerPyramid(profits);
  const profiles = summaries.map(
    (s, i): BondProfile => ({
      customerId: s.customerId,
      asOf: new Date(Date.UTC(2025, 0, 1)),
      active: { financial: [], social: [], structural: [] },
      counts: { financial: 0, social: 0, structural: 0 },
      highestLevel: null,
      stacked: false,
      missingBelow: [],
      strength: {
        score: 0.5,
        byLevel: { financial: 0.1 + (i % 3) * 0.05, social: 0.2, structural: 0.1 },
        weights: { financial: 1, social: 2, structural: 3 },
        saturation: 0.5,
      },
    }),
  );
  const segmentOf = Object.fromEntries(summaries.map((s, i) => [s.customerId, `segment ${i % 8}`]));
  const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
  const firstPurchaseTimes = summaries.map((s) => Math.round((40 - s.T) * 7) / 7);
  const rows = trackingCurve(fit, { firstPurchaseTimes, periods: 78 });
  return [
    time("rfmSegmentChart (RFM segment map)", () => rfmSegmentChart(scoring)),
    time("whaleCurveChart (thinned to 1,000 points)", () => whaleCurveChart(curve)),
    time("customerPyramidChart", () => customerPyramidChart(pyramid)),
    time("bondProfileChart (8 segments)", () => bondProfileChart(profiles, { segmentOf })),
    time("trackingChart (78 weeks of 100,000 first purchases)", () => trackingChart(rows, { calibrationEnd: 39 })),
    time("probabilityAliveMatrixChart (1 + 40 × 40 cells)", () =>
      probabilityAliveMatrixChart(fit, { T: 40, maxFrequency: 40, recencyCells: 40 }),
    ),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runChartsBench()) console.log(`${r.task.padEnd(56)} ${r.ms.toFixed(1).padStart(8)} ms  ${r.note}`);
}
