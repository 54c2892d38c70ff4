/**
 * `npm run bench`: runs every benchmark and prints one table — clientele's time (median of several runs
 * after a warm-up), the leading Python tool's time on the same machine kind where one is recorded
 * (../shared/bench/peer-reference.md, copied into each bench), and the ratio. Figures vary with machine
 * load: compare ratios, and re-run on your machine. Nothing here is asserted by the tests.
 */
import os from "node:os";
import type { BenchRow } from "./BenchRow.ts";
import { runBondsBench } from "./bonds.bench.ts";
import { runClvBench } from "./clv.bench.ts";
import { runMathBench } from "./math.bench.ts";
import { runRfmBench } from "./rfm.bench.ts";

const rows: BenchRow[] = [];
const only = process.argv[2];
if (only === undefined || only === "math") {
  for (const r of runMathBench()) rows.push({ task: r.name, size: "1e6 calls", ms: r.ms });
}
if (only === undefined || only === "rfm") rows.push(...(await runRfmBench()));
if (only === undefined || only === "clv") rows.push(...(await runClvBench()));
if (only === undefined || only === "bonds") rows.push(...runBondsBench());

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
console.log(
  `\nclientele benchmarks — node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, load ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(
  `${"task".padEnd(58)} ${"size".padEnd(22)} ${"clientele".padStart(10)} ${"reference".padStart(10)} ${"ratio".padStart(8)}  note`,
);
for (const r of rows) {
  const ref = r.referenceMs === undefined ? "—" : fmt(r.referenceMs);
  const ratio = r.referenceMs === undefined ? "—" : `${(r.referenceMs / r.ms).toFixed(1)}×`;
  console.log(
    `${r.task.padEnd(58)} ${r.size.padEnd(22)} ${fmt(r.ms).padStart(10)} ${ref.padStart(10)} ${ratio.padStart(8)}  ${r.note ?? ""}`,
  );
}
