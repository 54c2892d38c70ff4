import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  lifetimesFitLayoutReference,
  lifetimesLayoutReference,
  lifetimesReference,
} from "../../bench/peerReference.ts";
import { repoRoot } from "../_helpers/docPages.ts";

const text = readFileSync(join(repoRoot, "bench", "peer-reference.md"), "utf8");
/** The cells of every table row of peer-reference.md. */
const tableRows = text
  .split("\n")
  .filter((line) => line.startsWith("| ") && !line.startsWith("|---"))
  .map((line) =>
    line
      .slice(1, -1)
      .split(" | ")
      .map((c) => c.trim()),
  );

/** "9.7 s", "82 ms", "382 ms / 264 ms" → milliseconds, in order. */
function parseTimes(written: string): number[] {
  return [...written.matchAll(/([\d.]+) (s|ms)\b/g)].map((m) => Number(m[1]) * (m[2] === "s" ? 1000 : 1));
}

describe("bench/peerReference (the figures of bench/peer-reference.md)", () => {
  it("ships the peer reference inside the repository, with its provenance", () => {
    expect(text).toMatch(/^<!--\nProvenance: copied on \d{4}-\d{2}-\d{2} from/);
    expect(text).toContain("lifetimes` (0.11.3");
  });

  it("takes every figure from a row of peer-reference.md, by task, size and time as written there", () => {
    for (const [key, figure] of Object.entries(lifetimesReference)) {
      const row = tableRows.find((cells) => cells[0] === figure.task && cells[1] === figure.size);
      expect(row, key).toBeDefined();
      expect(row![2]!.startsWith(figure.written), key).toBe(true);
      expect(parseTimes(figure.written), key).toContain(figure.ms);
    }
  });

  it("takes every scoring-layout figure from the layout table of peer-reference.md, by row, layout column and part of the cell", () => {
    const header = tableRows.findIndex((cells) => cells[0] === "lifetimes, 1,000,000 customers");
    expect(header).toBeGreaterThanOrEqual(0);
    const columns = tableRows[header]!;
    expect(columns.slice(1)).toEqual(["const", "days", "continuous"]);
    let figures = 0;
    for (const [key, byLayout] of Object.entries(lifetimesLayoutReference)) {
      for (const figure of Object.values(byLayout)) {
        const row = tableRows.slice(header + 1).find((cells) => cells[0] === figure.task);
        expect(row, key).toBeDefined();
        const cell = row![columns.indexOf(figure.layout)]!;
        expect(cell, `${key} ${figure.layout}`).toBe(figure.written);
        const part = cell.replace(/ ms$/, "").split(" / ")[figure.part];
        expect(Number(part), `${key} ${figure.layout}`).toBe(figure.ms);
        figures++;
      }
    }
    expect(figures).toBe(18);
  });

  it("takes every grid figure (fits on fitLayout(n), issue 18) from its cell of peer-reference.md, by grid, row and column", () => {
    const lines = text.split("\n");
    for (const [key, figure] of Object.entries(lifetimesFitLayoutReference)) {
      const top = lines.findIndex((line) => line.startsWith(`| ${figure.grid} |`));
      expect(top, key).toBeGreaterThanOrEqual(0);
      const header = lines[top]!.slice(1, -1)
        .split(" | ")
        .map((c) => c.trim());
      const column = header.indexOf(figure.column);
      expect(column, key).toBeGreaterThan(0);
      let row: string[] | undefined;
      for (let i = top + 2; i < lines.length && lines[i]!.startsWith("| "); i++) {
        const cells = lines[i]!.slice(1, -1)
          .split(" | ")
          .map((c) => c.trim());
        if (cells[0] === figure.row) row = cells;
      }
      expect(row, key).toBeDefined();
      expect(row![column]!.startsWith(figure.written), key).toBe(true);
      expect(parseTimes(figure.written), key).toContain(figure.ms);
    }
  });
});
