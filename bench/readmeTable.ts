/**
 * The README's performance table, written from the results `npm run bench` saves (bench/results.json)
 * between two marker comments, so that the figures in the README are always those of the last full run.
 * `npm run bench:readme` rewrites it from the saved results without running anything;
 * test/bench/readmeTable.test.ts checks that the README matches the saved results.
 */
import type { BenchRow } from "./BenchRow.ts";

/** What one full `npm run bench` saves: where and when it ran, and every row. */
export interface BenchResults {
  /** Day of the run, YYYY-MM-DD (UTC). */
  readonly date: string;
  /** `process.version`. */
  readonly node: string;
  /** CPU model and number of cores. */
  readonly cpu: string;
  /** One-minute load average when the run ended (the bench itself counts about 1). */
  readonly load: number;
  /** Every benchmark row, in the order they ran. */
  readonly rows: readonly BenchRow[];
}

export const README_START = "<!-- bench:start (written by `npm run bench` from bench/results.json; do not edit) -->";
export const README_END = "<!-- bench:end -->";

/** A time for a table cell, to 3 significant digits: "1.24 s", "11.5 ms", "282 ms", "3.6 ms". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toPrecision(3))} s` : `${Number(ms.toPrecision(3))} ms`;
}

/** "met", or how far a time is from its target. */
function targetCell(row: BenchRow): string {
  if (row.targetMs === undefined) return "—";
  const verdict = row.ms <= row.targetMs ? "met" : `**missed** (${(row.ms / row.targetMs).toFixed(1)}×)`;
  return `≤ ${formatMs(row.targetMs)}: ${verdict}`;
}

/**
 * The Markdown between the markers: a line saying where the figures come from, and one table row per
 * benchmark that has a reference time or a target (the others, such as the special-function loops, are
 * printed by `npm run bench` only), naming the data (for scoring, the layout of T: G1's shared T = 52, or the
 * const / days / continuous layouts of bench/score-layouts.mjs) where the row gives it.
 */
/** A warning when the load average was above one per core: other work shared the machine. */
function loadNote(results: BenchResults): string {
  const cores = Number(/× (\d+)$/.exec(results.cpu)?.[1] ?? 1);
  return results.load > cores
    ? " (above 1 per core, other work shared the machine and the times are inflated)"
    : ` (below 1 per core on ${cores} cores)`;
}

export function renderBenchTable(results: BenchResults): string {
  const lines = [
    `Last full \`npm run bench\`: ${results.date}, Node ${results.node}, ${results.cpu}, load ${results.load.toFixed(1)} when it ended${loadNote(results)}; medians of several runs after a warm-up (ranges and checks in bench/results.json).`,
    "",
    "| task | data (layout of T) | size | clientele | lifetimes 0.11.3 | ratio | target |",
    "|---|---|---|---:|---:|---:|---|",
  ];
  for (const row of results.rows) {
    if (row.referenceMs === undefined && row.targetMs === undefined) continue;
    const reference = row.referenceMs === undefined ? "—" : formatMs(row.referenceMs);
    const ratio = row.referenceMs === undefined ? "—" : `${(row.referenceMs / row.ms).toFixed(1)}×`;
    const data = row.layout ?? "—";
    lines.push(
      `| ${row.task} | ${data} | ${row.size} | ${formatMs(row.ms)} | ${reference} | ${ratio} | ${targetCell(row)} |`,
    );
  }
  return lines.join("\n");
}

/**
 * `readme` with the text between the markers replaced by `table`.
 *
 * @throws Error when the markers are missing, repeated or out of order.
 */
export function withBenchTable(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (
    start < 0 ||
    end < start ||
    readme.indexOf(README_START, start + 1) >= 0 ||
    readme.indexOf(README_END, end + 1) >= 0
  ) {
    throw new Error(`README.md must hold "${README_START}" once, followed by "${README_END}" once`);
  }
  return `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The text between the markers (without the line breaks next to them). */
export function benchTableOf(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error("README.md has no bench markers");
  return readme
    .slice(start + README_START.length, end)
    .replace(/^\n/, "")
    .replace(/\n$/, "");
}
