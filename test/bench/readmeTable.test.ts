import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type BenchResults,
  benchTableOf,
  formatMs,
  README_END,
  README_START,
  renderBenchTable,
  withBenchTable,
} from "../../bench/readmeTable.ts";
import { repoRoot } from "../_helpers/docPages.ts";

const results = JSON.parse(readFileSync(join(repoRoot, "bench", "results.json"), "utf8")) as BenchResults;

describe("bench/readmeTable", () => {
  it("the README's performance table is the one bench/results.json gives (npm run bench:readme rewrites it)", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    expect(benchTableOf(readme)).toBe(renderBenchTable(results));
  });

  it("the saved results come from a full run: every group, with the peer's figures and the targets", () => {
    expect(results.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const tasks = results.rows.map((r) => r.task);
    expect(tasks.some((t) => t.startsWith("summary, calibration + holdout, T1"))).toBe(true);
    expect(tasks.some((t) => t.startsWith("BG/NBD fit + standard errors, G1"))).toBe(true);
    expect(results.rows.filter((r) => r.referenceMs !== undefined).length).toBeGreaterThanOrEqual(12);
    for (const r of results.rows) expect(r.ms, r.task).toBeGreaterThan(0);
  });

  it("renders a row with its ratio and its target, met or missed, and leaves out rows with neither", () => {
    const table = renderBenchTable({
      date: "2026-01-02",
      node: "v22.0.0",
      cpu: "cpu × 2",
      load: 1.04,
      rows: [
        { task: "fast", size: "10 rows", layout: "continuous T", ms: 4, referenceMs: 40, targetMs: 5 },
        { task: "slow", size: "1e6", ms: 42, referenceMs: 17, targetMs: 15 },
        { task: "no target", size: "1", ms: 1500, referenceMs: 3000 },
        { task: "neither", size: "1", ms: 1500 },
      ],
    });
    expect(table.split("\n")).toEqual([
      "Last full `npm run bench`: 2026-01-02, Node v22.0.0, cpu × 2, load 1.0 when it ended (below 1 per core on 2 cores); medians of several runs after a warm-up (ranges and checks in bench/results.json).",
      "",
      "| task | data (layout of T) | size | clientele | lifetimes 0.11.3 | ratio | target |",
      "|---|---|---|---:|---:|---:|---|",
      "| fast | continuous T | 10 rows | 4 ms | 40 ms | 10.0× | ≤ 5 ms: met |",
      "| slow | — | 1e6 | 42 ms | 17 ms | 0.4× | ≤ 15 ms: **missed** (2.8×) |",
      "| no target | — | 1 | 1.5 s | 3 s | 2.0× | — |",
    ]);
    const loaded = renderBenchTable({ date: "2026-01-02", node: "v22.0.0", cpu: "cpu × 2", load: 2.5, rows: [] });
    expect(loaded).toContain("load 2.5 when it ended (above 1 per core, other work shared the machine");
    expect([0.5, 3.614, 11.5, 282.4, 1234, 14_900].map(formatMs)).toEqual([
      "0.5 ms",
      "3.61 ms",
      "11.5 ms",
      "282 ms",
      "1.23 s",
      "14.9 s",
    ]);
  });

  it("replaces only the text between the markers, and refuses a README without them", () => {
    const readme = `# x\n\n${README_START}\nold\n${README_END}\n\nafter\n`;
    const next = withBenchTable(readme, "new table");
    expect(next).toBe(`# x\n\n${README_START}\nnew table\n${README_END}\n\nafter\n`);
    expect(benchTableOf(next)).toBe("new table");
    expect(withBenchTable(next, "new table")).toBe(next);
    expect(() => withBenchTable("# x\n", "t")).toThrow(/must hold/);
    expect(() => withBenchTable(`${readme}${README_START}`, "t")).toThrow(/must hold/);
  });
});
