import { describe, expect, it } from "vitest";
import { trackingChart } from "../../src/charts/trackingChart.ts";
import { trackingCurve } from "../../src/clv/checking/trackingCurve.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowTracking } from "../_helpers/loadCdnowTracking.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("trackingChart", () => {
  const { rows } = loadCdnowTracking();

  it("draws CDNOW's 78 weeks as 78 points per series, with the holdout rule at week 39 (FHL 2005, Figure 1)", async () => {
    const spec = trackingChart(rows, { calibrationEnd: 39, timeLabel: "week" });
    const chart = await renderChart(spec);
    const points = chart.items("curve");
    // one line item per series, each with 78 points
    expect(points).toHaveLength(2 * 78);
    const rule = chart.items("calibrationEnd");
    expect(rule).toHaveLength(1);
    const x = chart.view.scale("x") as (v: number) => number;
    expect(rule[0]!.x).toBeCloseTo(x(39), 9);
    // the model's week-78 point sits at the model's value
    const y = chart.view.scale("y") as (v: number) => number;
    const last = points.filter((p) => p.datum?.series === "model").at(-1)!;
    expect(last.y).toBeCloseTo(y(rows[77]!.expectedIncremental), 9);
    expect(last.x).toBeCloseTo(x(78), 9);
    expect(chart.svg).toContain("<svg");
  });

  it("draws cumulative purchases that end at the rows' last cumulative values (FHL 2005, Figure 2)", async () => {
    const chart = await renderChart(trackingChart(rows, { cumulative: true, calibrationEnd: 39 }));
    const y = chart.view.scale("y") as (v: number) => number;
    const actual = chart.items("curve").filter((p) => p.datum?.series === "actual");
    expect(actual).toHaveLength(78);
    expect(actual.at(-1)!.y).toBeCloseTo(y(rows[77]!.actualCumulative!), 9);
  });

  it("tracks a BG/BB fit: the donors of 1995 over 11 years (Fader, Hardie & Shang 2010), one model point per year", async () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
    const bgBb = trackingCurve(donations, { cohorts: [{ time: 0, customers: 11_104 }], periods: 11 });
    const chart = await renderChart(trackingChart(bgBb, { calibrationEnd: 6, timeLabel: "year" }));
    expect(chart.items("curve")).toHaveLength(11);
    const x = chart.view.scale("x") as (v: number) => number;
    expect(chart.items("calibrationEnd")[0]!.x).toBeCloseTo(x(6), 9);
  });

  it("applies title, size and colours", () => {
    const spec = trackingChart(rows, { title: "CDNOW", width: 600, height: 200, colors: ["black", "red"] });
    expect(spec).toMatchObject({
      title: "CDNOW",
      width: 600,
      height: 200,
      config: { range: { category: ["black", "red"] } },
    });
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
  });

  it("throws typed errors for bad rows and options", () => {
    expect(
      issuePaths(expectClienteleError(() => trackingChart([{ ...rows[0]!, end: Number.NaN }]), "invalid_input")),
    ).toEqual(["rows[0].end"]);
    expectClienteleError(() => trackingChart([]), "insufficient_data");
    expectClienteleError(() => trackingChart("rows" as never), "invalid_input");
    expect(
      issuePaths(expectClienteleError(() => trackingChart(rows, { calibrationEnd: 79 }), "invalid_input")),
    ).toEqual(["options.calibrationEnd"]);
    expect(issuePaths(expectClienteleError(() => trackingChart(rows, { width: 10 }), "invalid_input"))).toEqual([
      "options.width",
    ]);
    const { actualIncremental: _a, actualCumulative: _c, ...modelOnly } = rows[1]!;
    expectClienteleError(() => trackingChart([rows[0]!, modelOnly]), "invalid_input");
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(rows);
    trackingChart(rows, { calibrationEnd: 39 });
    expect(rows).toEqual(copy);
  });
});
