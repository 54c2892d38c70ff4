/**
 * Overhead of the progress and cancellation options (issue 16 item 10) on the slowest interval call:
 * `probabilityAliveInterval` for 100,000 customers (1,000 draws) from a BG/NBD fit to simulated data
 * (simulateBgNbd, seed 42, r 0.25, α 4, a 0.8, b 2.5, T 52). Runs alternate plain / with `onProgress` and
 * `signal` (5 each by default, `npx tsx bench/progress.bench.ts 7` for 7, after one warm-up of each) and
 * print every time and the medians, in CPU milliseconds of the process (user + system). Nothing here is
 * asserted by the tests.
 */
import { fitBgNbd } from "../src/clv/bgNbd/fitBgNbd.ts";
import { simulateBgNbd } from "../src/clv/bgNbd/simulateBgNbd.ts";
import { probabilityAliveInterval } from "../src/clv/uncertainty/probabilityAliveInterval.ts";

const data = simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 100_000, T: 52, seed: 42 });
const fit = fitBgNbd(data, { unit: "week" });
const customers = { frequency: data.frequency, recency: data.recency, T: data.T };
let reports = 0;
const tracked = { seed: 1, onProgress: () => void reports++, signal: new AbortController().signal };
const plain = { seed: 1 };
const RUNS = Number(process.argv[2] ?? 5);

const times: { plain: number[]; tracked: number[] } = { plain: [], tracked: [] };
for (let run = 0; run < RUNS + 1; run++) {
  for (const [name, options] of [
    ["plain", plain],
    ["tracked", tracked],
  ] as const) {
    // CPU time of this process (user + system), steadier than wall time on a shared machine.
    const c0 = process.cpuUsage();
    probabilityAliveInterval(fit, customers, options);
    const c1 = process.cpuUsage(c0);
    const ms = (c1.user + c1.system) / 1000;
    if (run > 0) times[name].push(ms);
    console.log(`${name.padEnd(8)} run ${run}${run === 0 ? " (warm-up)" : ""}: ${ms.toFixed(0)} ms`);
  }
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
console.log(
  `median plain ${median(times.plain).toFixed(0)} ms, with onProgress + signal ${median(times.tracked).toFixed(0)} ms (${(reports / (RUNS + 1)).toFixed(0)} reports per call; CPU ms)`,
);
