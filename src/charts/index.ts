/**
 * `clientele/charts`: Vega-Lite v6 specifications for the model checks and the relationship views. Each
 * function takes a result of the library as it is (`trackingCurve`'s rows, `frequencyChiSquare`'s result,
 * a `whaleCurve`, …) and returns a plain JSON spec with its data inline, to render with vega-embed, in
 * Observable or Jupyter, or to SVG on a server. No runtime dependency: the package never imports vega.
 *
 * - Model checks: {@link trackingChart} (any count model or BG/BB), {@link calibrationHoldoutChart},
 *   {@link frequencyHistogramChart}, {@link probabilityAliveMatrixChart},
 *   {@link expectedPurchasesMatrixChart}, {@link probabilityAliveHistoryChart},
 *   {@link retentionTrackingChart} (sBG), {@link kaplanMeierChart}, {@link cohortRetentionChart}, {@link rfmSegmentChart}.
 * - Relationship views: {@link bondProfileChart}, {@link satisfactionChainChart}, {@link servqualGapsChart},
 *   {@link npsTrendChart}, {@link repurchaseTreeChart}, {@link whaleCurveChart},
 *   {@link customerPyramidChart}, {@link leakyBucketChart}, {@link accountHealthChart}.
 * - Shared: {@link VegaLiteSpec}, {@link ChartOptions} and {@link ChartOptionsSchema}.
 *
 * See docs/concepts/charts.md for rendering.
 *
 * @module charts
 */

export {
  type AccountHealthChartOptions,
  AccountHealthChartOptionsSchema,
  accountHealthChart,
} from "./accountHealthChart.ts";
export {
  type BondProfileChartOptions,
  BondProfileChartOptionsSchema,
  bondProfileChart,
} from "./bondProfileChart.ts";
export { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
export { calibrationHoldoutChart } from "./calibrationHoldoutChart.ts";
export {
  type CohortRetentionChartOptions,
  CohortRetentionChartOptionsSchema,
  cohortRetentionChart,
} from "./cohortRetentionChart.ts";
export { customerPyramidChart } from "./customerPyramidChart.ts";
export {
  type ExpectedPurchasesMatrixChartOptions,
  ExpectedPurchasesMatrixChartOptionsSchema,
  expectedPurchasesMatrixChart,
} from "./expectedPurchasesMatrixChart.ts";
export { frequencyHistogramChart } from "./frequencyHistogramChart.ts";
export {
  type KaplanMeierChartOptions,
  KaplanMeierChartOptionsSchema,
  kaplanMeierChart,
} from "./kaplanMeierChart.ts";
export { leakyBucketChart } from "./leakyBucketChart.ts";
export { npsTrendChart } from "./npsTrendChart.ts";
export {
  type AliveHistory,
  type ProbabilityAliveHistoryChartOptions,
  ProbabilityAliveHistoryChartOptionsSchema,
  probabilityAliveHistoryChart,
} from "./probabilityAliveHistoryChart.ts";
export {
  type MatrixChartOptions,
  MatrixChartOptionsSchema,
  probabilityAliveMatrixChart,
} from "./probabilityAliveMatrixChart.ts";
export { repurchaseTreeChart } from "./repurchaseTreeChart.ts";
export {
  type RetentionTrackingChartOptions,
  RetentionTrackingChartOptionsSchema,
  retentionTrackingChart,
} from "./retentionTrackingChart.ts";
export { rfmSegmentChart } from "./rfmSegmentChart.ts";
export { satisfactionChainChart } from "./satisfactionChainChart.ts";
export { servqualGapsChart } from "./servqualGapsChart.ts";
export { type TrackingChartOptions, TrackingChartOptionsSchema, trackingChart } from "./trackingChart.ts";
export { type ChartDatum, type JsonValue, type VegaLiteSpec, vegaLiteSchema } from "./VegaLiteSpec.ts";
export {
  type WhaleCurveChartOptions,
  WhaleCurveChartOptionsSchema,
  whaleCurveChart,
} from "./whaleCurveChart.ts";
