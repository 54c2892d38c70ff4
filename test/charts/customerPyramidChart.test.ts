import { describe, expect, it } from "vitest";
import { customerPyramidChart } from "../../src/charts/customerPyramidChart.ts";
import { customerPyramid } from "../../src/value/customerPyramid.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../_helpers/loadCdnowSpend.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("customerPyramidChart", () => {
  const pyramid = customerPyramid(
    loadCdnowSpend().map((r) => ({ customerId: r.customerId, profit: r.frequency * r.monetaryValue - 15 })),
  );

  it("draws one centred bar per tier of CDNOW's pyramid, as wide as its customers, platinum on top", async () => {
    const chart = await renderChart(customerPyramidChart(pyramid));
    const bars = chart.items("tiers");
    expect(bars).toHaveLength(4);
    const x = chart.view.scale("x") as (v: number) => number;
    const y = chart.view.scale("y") as (v: string) => number;
    for (const tier of pyramid.tiers) {
      const bar = bars.find((b) => b.datum?.tier === tier.tier)!;
      expect(bar.width).toBeCloseTo(x(tier.customers / 2) - x(-tier.customers / 2), 9);
      expect(bar.x! + bar.width! / 2).toBeCloseTo(x(0), 9);
    }
    expect(y("platinum")).toBeLessThan(y("lead"));
    expect(chart.items("labels").map((t) => t.text)).toEqual(
      pyramid.tiers.map((t) => expect.stringContaining(`${(100 * t.customerShare).toFixed(0)}% of customers`)),
    );
  });

  it("throws typed errors for a bad pyramid", () => {
    expectClienteleError(
      () => customerPyramidChart({ ...pyramid, tiers: [{ ...pyramid.tiers[0]!, customers: -Infinity }] }),
      "invalid_input",
    );
    expectClienteleError(() => customerPyramidChart({ ...pyramid, tiers: [] }), "insufficient_data");
  });
});
