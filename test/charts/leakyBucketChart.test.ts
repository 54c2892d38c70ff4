import { describe, expect, it } from "vitest";
import { leakyBucketChart } from "../../src/charts/leakyBucketChart.ts";
import { leakyBucket } from "../../src/value/leakyBucket.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("leakyBucketChart", () => {
  // a 1,000-customer base keeping 80% a period and winning 150: it tends to 150 / 0.2 = 750
  const bucket = leakyBucket({ initialBase: 1000, acquisition: 150, retention: 0.8, periods: 12 });

  it("draws two bars per period (acquired up, churned down), the base at each period end and the steady-state rule", async () => {
    const chart = await renderChart(leakyBucketChart(bucket));
    const bars = chart.items("flows");
    expect(bars).toHaveLength(2 * 12);
    const y = chart.view.scale("y") as (v: number) => number;
    const p3 = bucket.flows[3]!;
    const churned = bars.find((b) => b.datum?.period === 3 && b.datum?.series === "churned")!;
    const acquired = bars.find((b) => b.datum?.period === 3 && b.datum?.series === "acquired")!;
    expect(churned.y).toBeCloseTo(y(0), 6);
    expect(churned.y! + churned.height!).toBeCloseTo(y(-p3.churned), 6);
    expect(acquired.y).toBeCloseTo(y(p3.acquired), 6);
    const base = chart.items("base").filter((p) => p.datum?.series === "base");
    expect(base.length).toBeGreaterThanOrEqual(13);
    expect(bucket.steadyState).toBeCloseTo(750, 9);
    expect(chart.items("steadyState")[0]!.y).toBeCloseTo(y(750), 6);
  });

  it("throws typed errors for a bad bucket", () => {
    expectClienteleError(() => leakyBucketChart({ ...bucket, steadyState: Number.NaN }), "invalid_input");
    expectClienteleError(() => leakyBucketChart({ ...bucket, flows: [] }), "insufficient_data");
  });
});
