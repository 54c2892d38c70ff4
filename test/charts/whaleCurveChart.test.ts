import { describe, expect, it } from "vitest";
import { whaleCurveChart } from "../../src/charts/whaleCurveChart.ts";
import { whaleCurve } from "../../src/value/whaleCurve.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../_helpers/loadCdnowSpend.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("whaleCurveChart", () => {
  // CDNOW profit: repeat revenue (x × mean spend) less a $15 cost to serve per customer
  const curve = whaleCurve(
    loadCdnowSpend().map((r) => ({ customerId: r.customerId, profit: r.frequency * r.monetaryValue - 15 })),
  );

  it("draws CDNOW's whale curve thinned to ≤ maxPoints + 2, with the peak point at the curve's top and the 100% rule", async () => {
    const chart = await renderChart(whaleCurveChart(curve, { maxPoints: 500 }));
    const line = chart.items("curve");
    expect(line.length).toBeGreaterThan(400);
    expect(line.length).toBeLessThanOrEqual(502);
    const x = chart.view.scale("x") as (v: number) => number;
    const y = chart.view.scale("y") as (v: number) => number;
    const peak = chart.items("peak");
    expect(peak).toHaveLength(1);
    expect(peak[0]!.x).toBeCloseTo(x(curve.peakCustomerShare), 9);
    expect(peak[0]!.y).toBeCloseTo(y(curve.peakProfitShare), 9);
    expect(curve.peakProfitShare).toBeGreaterThan(1);
    expect(chart.items("total")[0]!.y).toBeCloseTo(y(1), 9);
    // the line ends at (100% of customers, 100% of profit)
    expect(line.at(-1)!.x).toBeCloseTo(x(1), 9);
    expect(line.at(-1)!.y).toBeCloseTo(y(1), 9);
  });

  it("keeps every point of a short curve", () => {
    expect(whaleCurveChart(curve, { maxPoints: 100_000 }).data?.values).toHaveLength(curve.points.length);
  });

  it("throws typed errors for a bad curve", () => {
    const bad = { ...curve, points: [{ customerShare: 0, profitShare: Number.NaN }] };
    expect(issuePaths(expectClienteleError(() => whaleCurveChart(bad), "invalid_input"))).toEqual([
      "curve.points[0].profitShare",
    ]);
    expectClienteleError(() => whaleCurveChart({ ...curve, points: [] }), "insufficient_data");
  });
});
