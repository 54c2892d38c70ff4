/**
 * Benchmark of clientele/relationship: `assessPortfolio` over 100,000 customer records of about 20 events
 * each (issue 19's target: ≤ 2 s on one core) with fitted models — a BG/NBD count model and a
 * Gamma-Gamma spend model (Fader, Hardie & Lee's CDNOW estimates), a 52-week forecast horizon, a discount
 * rate, a margin and a cost-driver table — so every part is computed except the satisfaction ones (the
 * records have no surveys). The records are those of bench/termination.bench.ts (simulated purchases and
 * service events, seed INCIDENTS_SEED). Data generation is not timed; each figure is the median of 3 runs
 * after a warm-up; CPU time (user + system) is reported beside the wall time.
 * Run alone with `npx tsx bench/relationship.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import type { CountModel, SpendModel } from "../src/clv/index.ts";
import { assessPortfolio, type RelationshipContext } from "../src/relationship/index.ts";
import type { BenchRow } from "./BenchRow.ts";
import { benchRecords } from "./termination.bench.ts";

const RUNS = 3;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs the relationship benchmark and returns its rows. */
export function runRelationshipBench(): BenchRow[] {
  const data = benchRecords();
  const events = data.reduce(
    (n, r) => n + r.transactions.length + r.interactions.length + r.incidents.length + r.complaints.length,
    0,
  );
  const countFit: CountModel = {
    model: "bg-nbd",
    params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    unit: "week",
  };
  const spendFit: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };
  const context: RelationshipContext = {
    asOf: "2024-06-30",
    countFit,
    spendFit,
    grossMarginRate: 0.3,
    discountRate: 0.0018, // per week (about 10% a year)
    forecast: { horizon: 52, period: 4 },
    costDrivers: {
      perIncidentStaffHour: 45,
      otherInteraction: 0.2,
      perInteraction: { call: 7, email: 2 },
      perComplaint: 25,
    },
  };
  const run = () => assessPortfolio(data, context);
  const warm = run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (s.customers !== warm.customers || s.actFirst[0]?.customerId !== warm.actFirst[0]?.customerId) {
      throw new Error("relationship bench: assessPortfolio is not deterministic");
    }
  }
  const jobs = Object.entries(warm.byJob)
    .map(([job, cell]) => `${job} ${cell.customers}`)
    .join(", ");
  return [
    {
      task: "assessPortfolio, BG/NBD + Gamma-Gamma fits (target ≤ 2 s)",
      size: `${data.length.toLocaleString("en-US")} records`,
      ms: median(times),
      note: `CPU ${median(cpu).toFixed(0)} ms; ${events.toLocaleString("en-US")} events; runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms; ${jobs}`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runRelationshipBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
