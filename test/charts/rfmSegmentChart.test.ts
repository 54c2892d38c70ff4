import { describe, expect, it } from "vitest";
import { rfmSegmentChart } from "../../src/charts/rfmSegmentChart.ts";
import { scoreRfm } from "../../src/rfm/scoreRfm.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../_helpers/loadCdnowSpend.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("rfmSegmentChart", () => {
  const scoring = scoreRfm(loadCdnowSpend());

  it("aggregates CDNOW's 2,357 customers into one rect and one count per occupied (R, F) cell", async () => {
    const occupied = new Set(scoring.rows.map((r) => `${r.recencyScore},${r.frequencyScore}`));
    const spec = rfmSegmentChart(scoring);
    const chart = await renderChart(spec);
    const rects = chart.items("cells");
    expect(rects).toHaveLength(occupied.size);
    const counts = chart.items("counts");
    expect(counts.map((c) => Number(c.text)).reduce((a, b) => a + b, 0)).toBe(2357);
    const x = chart.view.scale("x") as (v: number) => number;
    const cell = rects[0]!;
    expect(cell.x).toBeCloseTo(x(cell.datum?.recencyScore as number), 9);
  });

  it("colours a cell by its commonest segment", () => {
    const spec = rfmSegmentChart(scoring);
    for (const v of spec.data!.values) {
      const inCell = scoring.rows.filter(
        (r) => r.recencyScore === v.recencyScore && r.frequencyScore === v.frequencyScore,
      );
      const counts = new Map<string, number>();
      for (const r of inCell) counts.set(r.segment ?? "(none)", (counts.get(r.segment ?? "(none)") ?? 0) + 1);
      expect(counts.get(v.segment as string)).toBe(Math.max(...counts.values()));
    }
  });

  it("throws typed errors for bad scores", () => {
    const bad = { ...scoring, rows: [{ ...scoring.rows[0]!, recencyScore: 6 }] };
    expect(issuePaths(expectClienteleError(() => rfmSegmentChart(bad), "invalid_input"))).toEqual([
      "scoring.rows[0].recencyScore",
    ]);
    expectClienteleError(() => rfmSegmentChart({ ...scoring, rows: [] }), "insufficient_data");
  });
});
