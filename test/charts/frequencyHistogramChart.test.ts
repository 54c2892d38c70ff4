import { describe, expect, it } from "vitest";
import { frequencyHistogramChart } from "../../src/charts/frequencyHistogramChart.ts";
import { frequencyChiSquare } from "../../src/clv/checking/frequencyChiSquare.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../_helpers/loadCdnowHoldout.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("frequencyHistogramChart", () => {
  const { summary, fit } = loadCdnowHoldout();
  const result = frequencyChiSquare(fit, summary);

  it("draws two bars per frequency class of CDNOW (FHL 2005, Figure 3), heights at the observed and expected counts", async () => {
    const spec = frequencyHistogramChart(result);
    const chart = await renderChart(spec);
    const bars = chart.items("bars");
    expect(bars).toHaveLength(2 * result.bins.length);
    const y = chart.view.scale("y") as (v: number) => number;
    const zero = result.bins[0]!;
    const actual = bars.find((b) => b.datum?.label === zero.label && b.datum?.series === "actual")!;
    const model = bars.find((b) => b.datum?.label === zero.label && b.datum?.series === "model")!;
    expect(actual.y).toBeCloseTo(y(zero.observed), 6);
    expect(model.y).toBeCloseTo(y(zero.expected), 6);
    expect(actual.x!).toBeLessThan(model.x!);
    expect(spec.title).toMatchObject({ subtitle: expect.stringMatching(/^χ² = [\d.]+, df = \d+, p = [\d.e-]+$/) });
  });

  it("keeps the subtitle under a custom title", () => {
    expect(frequencyHistogramChart(result, { title: "CDNOW" }).title).toMatchObject({ text: "CDNOW" });
  });

  it("throws typed errors for a bad result", () => {
    const bad = { ...result, bins: [{ ...result.bins[0]!, observed: "1" }] } as never;
    expect(issuePaths(expectClienteleError(() => frequencyHistogramChart(bad), "invalid_input"))).toEqual([
      "result.bins[0].observed",
    ]);
    expectClienteleError(() => frequencyHistogramChart({ ...result, bins: [] }), "insufficient_data");
    expectClienteleError(() => frequencyHistogramChart(null as never), "invalid_input");
    expectClienteleError(() => frequencyHistogramChart({ ...result, pValue: Number.NaN }), "invalid_input");
  });
});
