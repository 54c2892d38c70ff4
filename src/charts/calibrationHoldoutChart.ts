import type { CalibrationHoldoutRow } from "../clv/checking/calibrationHoldoutTable.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

const ROW_FIELDS = {
  frequency: "number",
  label: "string",
  customers: "number",
  actualHoldout: "number",
  expectedHoldout: "number",
} as const;

/**
 * Calibration against holdout by calibration frequency: for each number of repeat purchases in the
 * calibration period, the mean purchases actually made in the holdout period and the mean the model
 * expected (Fader, Hardie & Lee 2005, Figure 5).
 *
 * @remarks
 * Takes the rows of `calibrationHoldoutTable` (clientele/clv) as they are, for any count model or BG/BB.
 * Series, in the order of the `colors` option: `"actual"` and `"model"`; the x axis keeps the rows'
 * order and labels (`"0"`, `"1"`, …, `"7+"`). Layers: the lines (`curve`) and one point per bin and
 * series (`points`), whose tooltip gives the bin's number of customers. O(rows).
 *
 * @param rows - Rows of `calibrationHoldoutTable`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (path `rows[2].actualHoldout`) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no rows.
 * @example
 * ```ts
 * import { calibrationHoldoutChart } from "clientele/charts";
 * const spec = calibrationHoldoutChart([
 *   { frequency: 0, label: "0", customers: 1411, actualHoldout: 0.24, expectedHoldout: 0.14 },
 *   { frequency: 1, label: "1+", customers: 946, actualHoldout: 1.5, expectedHoldout: 1.6 },
 * ]);
 * spec.data?.values.length; // => 4   (2 bins × actual and model)
 * ```
 * @see {@link trackingChart}, {@link frequencyHistogramChart}
 * @category Model checks
 */
export function calibrationHoldoutChart(
  rows: readonly CalibrationHoldoutRow[],
  options?: ChartOptions | undefined,
): VegaLiteSpec {
  const fn = "calibrationHoldoutChart";
  const list = readRecords<CalibrationHoldoutRow>(fn, rows, ["rows"], ROW_FIELDS);
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const values: ChartDatum[] = [];
  for (const row of list) {
    values.push({
      label: row.label,
      frequency: row.frequency,
      customers: row.customers,
      series: "actual",
      holdout: row.actualHoldout,
    });
    values.push({
      label: row.label,
      frequency: row.frequency,
      customers: row.customers,
      series: "model",
      holdout: row.expectedHoldout,
    });
  }
  const series = ["actual", "model"];
  const encoding = {
    x: {
      field: "label",
      type: "ordinal",
      sort: list.map((r) => r.label),
      title: "repeat purchases in the calibration period",
      axis: { labelAngle: 0 },
    },
    y: { field: "holdout", type: "quantitative", title: "mean purchases in the holdout period" },
    color: { field: "series", type: "nominal", scale: seriesScale(series), title: null },
  };
  return chartSpec(o, "Holdout purchases by calibration frequency", {
    description: `mean holdout purchases, actual and model, for ${list.length} calibration-frequency bins`,
    values,
    layer: [
      { name: "curve", mark: { type: "line" }, encoding },
      {
        name: "points",
        mark: { type: "point", filled: true },
        encoding: {
          ...encoding,
          tooltip: [
            { field: "label", title: "calibration purchases" },
            { field: "series" },
            { field: "holdout", format: ".3f" },
            { field: "customers" },
          ],
        },
      },
    ],
  });
}
