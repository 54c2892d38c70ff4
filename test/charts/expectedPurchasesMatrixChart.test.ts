import { describe, expect, it } from "vitest";
import { expectedPurchasesMatrixChart } from "../../src/charts/expectedPurchasesMatrixChart.ts";
import { conditionalExpectedPurchases } from "../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../_helpers/loadCdnowHoldout.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("expectedPurchasesMatrixChart", () => {
  const { fit } = loadCdnowHoldout();

  it("draws one rect per cell at E[X(horizon) | x, t_x, T] of CDNOW's BG/NBD fit, colour rising with frequency", async () => {
    const spec = expectedPurchasesMatrixChart(fit, { T: 39, maxFrequency: 10, recencyCells: 13, horizon: 39 });
    const chart = await renderChart(spec);
    const cells = chart.items("cells");
    expect(cells).toHaveLength(1 + 10 * 13);
    const last = cells.find((c) => c.datum?.frequency === 10 && c.datum?.recencyTo === 39)!;
    expect(last.datum?.value).toBeCloseTo(
      conditionalExpectedPurchases(fit, 39, { frequency: 10, recency: 37.5, T: 39 }),
      12,
    );
    const y = chart.view.scale("y") as (v: number) => number;
    expect(y(10)).toBeLessThan(y(0)); // frequency 10 drawn above frequency 0
    const column = cells.filter((c) => c.datum?.recencyTo === 39 && (c.datum?.frequency as number) > 0);
    const v = column.map((c) => c.datum?.value as number);
    expect(v.every((x, i) => i === 0 || x > v[i - 1]!)).toBe(true);
  });

  it("requires a positive horizon", () => {
    expectClienteleError(
      () => expectedPurchasesMatrixChart(fit, { T: 39, maxFrequency: 3, horizon: -1 }),
      "invalid_input",
    );
  });
});
