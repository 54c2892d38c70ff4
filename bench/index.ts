/**
 * `npm run bench`: runs every benchmark and prints one table — clientele's time (median of several runs
 * after a warm-up), the leading Python tool's time on the same machine kind where one is recorded
 * (bench/peer-reference.md, via peerReference.ts), and the ratio. A full run saves its rows to
 * bench/results.json and writes the README's performance table from them (readmeTable.ts).
 *
 * - `npm run bench`: everything; saves the results and rewrites the README table.
 * - `npm run bench -- math` (or any other group name of `groups` below): one group, printed only (nothing saved).
 * - `npm run bench:readme`: no benchmark; rewrites the README table from the saved bench/results.json.
 *
 * Figures vary with machine load: compare ratios, and re-run on your machine. Nothing here is asserted by
 * the tests, except that the README's table is the one the saved results give.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { runAccountsBench } from "./accounts.bench.ts";
import type { BenchRow } from "./BenchRow.ts";
import { runBondsBench } from "./bonds.bench.ts";
import { runChartsBench } from "./charts.bench.ts";
import { runClvBench } from "./clv.bench.ts";
import { runComplaintsBench } from "./complaints.bench.ts";
import { runFitLayoutsBench } from "./fitLayouts.bench.ts";
import { runLifecycleBench } from "./lifecycle.bench.ts";
import { runLoyaltyBench } from "./loyalty.bench.ts";
import { runMathBench } from "./math.bench.ts";
import { type BenchResults, formatMs, renderBenchTable, withBenchTable } from "./readmeTable.ts";
import { runRelationshipBench } from "./relationship.bench.ts";
import { runRetentionBench } from "./retention.bench.ts";
import { runRfmBench } from "./rfm.bench.ts";
import { runSatisfactionBench } from "./satisfaction.bench.ts";
import { runSatisfactionChainBench } from "./satisfactionChain.bench.ts";
import { runScoreLayoutsBench } from "./scoreLayouts.bench.ts";
import { runSqlBench } from "./sql.bench.ts";
import { runTerminationBench } from "./termination.bench.ts";
import { runValueBench } from "./value.bench.ts";

const RESULTS = new URL("./results.json", import.meta.url);
const README = new URL("../README.md", import.meta.url);

function writeReadme(results: BenchResults): void {
  writeFileSync(README, withBenchTable(readFileSync(README, "utf8"), renderBenchTable(results)));
  console.log(`README.md: performance table written from the results of ${results.date}`);
}

/** The benchmark groups, in the order they run; `npm run bench -- <name>` runs one. */
const groups: Record<string, () => BenchRow[] | Promise<BenchRow[]>> = {
  math: () => runMathBench().map((r) => ({ task: r.name, size: "1e6 calls", ms: r.ms })),
  rfm: runRfmBench,
  clv: runClvBench,
  score: runScoreLayoutsBench,
  bonds: runBondsBench,
  loyalty: runLoyaltyBench,
  retention: runRetentionBench,
  complaints: runComplaintsBench,
  value: runValueBench,
  sql: runSqlBench,
  satisfaction: () => [...runSatisfactionBench(), ...runSatisfactionChainBench()],
  accounts: runAccountsBench,
  termination: runTerminationBench,
  lifecycle: runLifecycleBench,
  fit: runFitLayoutsBench,
  charts: runChartsBench,
  relationship: runRelationshipBench,
};

const only = process.argv[2];
if (only === "--readme") {
  writeReadme(JSON.parse(readFileSync(RESULTS, "utf8")) as BenchResults);
} else {
  if (only !== undefined && !Object.hasOwn(groups, only)) {
    throw new Error(`bench: unknown argument ${only} (${Object.keys(groups).join(", ")} or --readme)`);
  }
  const rows: BenchRow[] = [];
  for (const [name, run] of Object.entries(groups))
    if (only === undefined || only === name) rows.push(...(await run()));

  const cpu = `${os.cpus()[0]?.model.trim() ?? "cpu"} × ${os.cpus().length}`;
  const load = os.loadavg()[0] ?? 0;
  console.log(`\nclientele benchmarks — node ${process.version}, ${cpu}, load ${load.toFixed(1)}`);
  console.log(
    `${"task".padEnd(58)} ${"size".padEnd(22)} ${"clientele".padStart(10)} ${"reference".padStart(10)} ${"ratio".padStart(8)}  note`,
  );
  for (const r of rows) {
    const ref = r.referenceMs === undefined ? "—" : formatMs(r.referenceMs);
    const ratio = r.referenceMs === undefined ? "—" : `${(r.referenceMs / r.ms).toFixed(1)}×`;
    console.log(
      `${(r.layout === undefined ? r.task : `${r.task} [${r.layout}]`).padEnd(58)} ${r.size.padEnd(22)} ${formatMs(r.ms).padStart(10)} ${ref.padStart(10)} ${ratio.padStart(8)}  ${r.note ?? ""}`,
    );
  }
  if (only === undefined) {
    const results: BenchResults = {
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
      cpu,
      load: Math.round(load * 10) / 10,
      rows,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log("bench/results.json: saved");
    writeReadme(results);
  }
}
