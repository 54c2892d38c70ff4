import { describe, expect, it } from "vitest";
import { servqualGapsChart } from "../../src/charts/servqualGapsChart.ts";
import { servqualGaps } from "../../src/satisfaction/servqualGaps.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

/** 200 seeded respondents on the 22 items, 1–7: expectations high, perceptions lower on reliability items. */
function responses() {
  let a = 2026;
  const u = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  return Array.from({ length: 200 }, () => ({
    expectations: Array.from({ length: 22 }, () => 5 + Math.floor(u() * 3)),
    perceptions: Array.from({ length: 22 }, (_, i) => (i >= 4 && i < 9 ? 2 : 4) + Math.floor(u() * 4)),
  }));
}

describe("servqualGapsChart", () => {
  const result = servqualGaps(responses());

  it("draws one bar per dimension at its gap and one tick per item, shortfalls below the zero rule", async () => {
    const chart = await renderChart(servqualGapsChart(result));
    const bars = chart.items("dimensions");
    expect(bars).toHaveLength(5);
    expect(chart.items("items")).toHaveLength(22);
    const y = chart.view.scale("y") as (v: number) => number;
    const reliability = bars.find((b) => b.datum?.dimension === "reliability")!;
    expect(result.byDimension.reliability).toBeLessThan(result.byDimension.tangibles);
    expect(reliability.y).toBeCloseTo(y(0), 6); // a negative bar hangs from zero
    expect(reliability.y! + reliability.height!).toBeCloseTo(y(result.byDimension.reliability), 6);
    expect(chart.items("zero")[0]!.y).toBeCloseTo(y(0), 6);
  });

  it("throws typed errors for a bad result", () => {
    const bad = { ...result, byDimension: { ...result.byDimension, empathy: Number.NaN } };
    expect(issuePaths(expectClienteleError(() => servqualGapsChart(bad), "invalid_input"))).toEqual([
      "result.byDimension.empathy",
    ]);
  });
});
