/**
 * Benchmark of clientele/lifecycle: `lifecycleStages` over the 100,000 simulated records of
 * bench/termination.bench.ts (about 20 events each; issue 12's target: ≤ 1 s on one core, with and
 * without a fitted model). At-risk comes from clientele/retention's switching-risk rules, prepared once
 * (`createSwitchingRiskAssessor`); with a model, a BG/NBD fit feeds its P(alive) rule and each customer's
 * summary row comes from one `summarizeTransactions` of the whole log (made once, not timed here: the
 * termination bench times it). Data generation is not timed; each figure is the median of 5 runs after
 * a warm-up. Run alone with `npx tsx bench/lifecycle.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { INCIDENTS_SEED } from "../examples/_data/simulatedIncidents.ts";
import type { CountModel } from "../src/clv/index.ts";
import { lifecycleStage, lifecycleStages } from "../src/lifecycle/index.ts";
import { createSwitchingRiskAssessor } from "../src/retention/index.ts";
import { summarizeTransactions } from "../src/rfm/index.ts";
import type { BenchRow } from "./BenchRow.ts";
import { benchRecords } from "./termination.bench.ts";

const RUNS = 5;
const asOf = new Date("2024-06-30T00:00:00Z");

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const STAGES = ["new", "active", "at-risk", "complaining", "lapsed", "terminated", "won-back"];

/** Wall time and CPU time (user + system) of each run; see bench/termination.bench.ts. */
function time(run: () => number[]): { ms: number; cpuMs: number; times: number[]; counts: number[] } {
  const counts = run(); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const c = run();
    times.push(performance.now() - t0);
    const u = process.cpuUsage(c0);
    cpu.push((u.user + u.system) / 1000);
    if (c.join() !== counts.join()) throw new Error("lifecycle bench: lifecycleStage is not deterministic");
  }
  return { ms: median(times), cpuMs: median(cpu), times, counts };
}

/** Runs the lifecycle benchmark and returns its rows. */
export function runLifecycleBench(): BenchRow[] {
  const data = benchRecords();
  const tally = (stages: readonly { stage: string }[]) => {
    const c = STAGES.map(() => 0);
    for (const s of stages) c[STAGES.indexOf(s.stage)]!++;
    return c;
  };
  const plain = time(() => tally(lifecycleStages(data, { asOf })));
  const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
  const summary = summarizeTransactions(
    data.flatMap((r) => r.transactions),
    { unit: "week", observationEnd: asOf },
  );
  const rowOf = new Map(summary.rows.map((r) => [r.customerId, r]));
  const assessor = createSwitchingRiskAssessor({ asOf, fit });
  const withFit = time(() =>
    tally(
      data.map((r) =>
        lifecycleStage(r, {
          asOf,
          switchingRisk: { assess: (rec) => assessor.assess(rec, rowOf.get(rec.customerId)), asOf: assessor.asOf },
        }),
      ),
    ),
  );
  const size = "100,000 records";
  const note = (t: { cpuMs: number; times: number[]; counts: number[] }) =>
    `CPU ${t.cpuMs.toFixed(0)} ms; runs ${Math.min(...t.times).toFixed(0)}–${Math.max(...t.times).toFixed(0)} ms; ${STAGES.map((s, i) => `${s} ${t.counts[i]}`).join(", ")}`;
  return [
    {
      task: "lifecycleStages, no model (target ≤ 1 s)",
      size,
      ms: plain.ms,
      note: `seed ${INCIDENTS_SEED}; ${note(plain)}`,
    },
    {
      task: "lifecycleStage per record, BG/NBD P(alive) in the risk (target ≤ 1 s)",
      size,
      ms: withFit.ms,
      note: note(withFit),
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runLifecycleBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
