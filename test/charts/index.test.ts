import { describe, expect, it } from "vitest";
import * as facade from "../../src/charts/index.ts";
import * as root from "../../src/index.ts";

const chartFunctions = [
  "accountHealthChart",
  "bondProfileChart",
  "calibrationHoldoutChart",
  "cohortRetentionChart",
  "customerPyramidChart",
  "expectedPurchasesMatrixChart",
  "frequencyHistogramChart",
  "kaplanMeierChart",
  "leakyBucketChart",
  "npsTrendChart",
  "probabilityAliveHistoryChart",
  "probabilityAliveMatrixChart",
  "repurchaseTreeChart",
  "retentionTrackingChart",
  "rfmSegmentChart",
  "satisfactionChainChart",
  "servqualGapsChart",
  "trackingChart",
  "whaleCurveChart",
] as const;

describe("clientele/charts facade", () => {
  it("exports every chart function, each named …Chart, also from the root", () => {
    const functions = Object.entries(facade)
      .filter(([, v]) => typeof v === "function")
      .map(([k]) => k)
      .sort();
    expect(functions).toEqual([...chartFunctions]);
    const rootExports = new Map(Object.entries(root));
    for (const [name, value] of Object.entries(facade)) expect(rootExports.get(name), name).toBe(value);
  });

  it("exports the shared options schema and the Vega-Lite v6 $schema", () => {
    expect(root.ChartOptionsSchema).toBe(facade.ChartOptionsSchema);
    expect(facade.vegaLiteSchema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
  });
});
