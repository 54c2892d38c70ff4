import type { FrequencyChiSquareBin, FrequencyChiSquareResult } from "../clv/checking/frequencyChiSquare.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readFields, readObject, readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

const BIN_FIELDS = { frequency: "number", label: "string", observed: "number", expected: "number" } as const;

/**
 * The frequency histogram: how many customers made 0, 1, 2, … repeat purchases in the calibration
 * period, actual next to model (Fader, Hardie & Lee 2005, Figure 3), with the chi-square test in the
 * subtitle.
 *
 * @remarks
 * Takes the result of `frequencyChiSquare` (clientele/clv) as it is. Two bars per bin, in the order of
 * the `colors` option: `"actual"` (observed customers) and `"model"` (expected customers); the layer is
 * named `bars`. The subtitle reads `χ² = 5.1, df = 3, p = 0.16`. O(bins).
 *
 * @param result - The result of `frequencyChiSquare`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad result (path `result.bins[2].observed`) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for a result without bins.
 * @example
 * ```ts
 * import { frequencyHistogramChart } from "clientele/charts";
 * const spec = frequencyHistogramChart({
 *   bins: [
 *     { frequency: 0, label: "0", observed: 1411, expected: 1409.6 },
 *     { frequency: 1, label: "1+", observed: 946, expected: 947.4 },
 *   ],
 *   statistic: 0.0035, df: 1, pValue: 0.95, warnings: [],
 * });
 * spec.data?.values.length; // => 4   (2 bins × actual and model)
 * ```
 * @see {@link calibrationHoldoutChart}
 * @category Model checks
 */
export function frequencyHistogramChart(
  result: FrequencyChiSquareResult,
  options?: ChartOptions | undefined,
): VegaLiteSpec {
  const fn = "frequencyHistogramChart";
  const r = readObject(fn, result, ["result"]);
  const bins = readRecords<FrequencyChiSquareBin>(fn, r.bins, ["result", "bins"], BIN_FIELDS);
  const stats = readFields<{ statistic: number; df: number; pValue: number }>(fn, r, ["result"], {
    statistic: "number",
    df: "number",
    pValue: "number",
  });
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const values: ChartDatum[] = [];
  for (const bin of bins) {
    values.push({ label: bin.label, frequency: bin.frequency, series: "actual", customers: bin.observed });
    values.push({ label: bin.label, frequency: bin.frequency, series: "model", customers: bin.expected });
  }
  const series = ["actual", "model"];
  const subtitle = `χ² = ${round(stats.statistic)}, df = ${stats.df}, p = ${round(stats.pValue)}`;
  return chartSpec(
    { ...o, title: undefined },
    { text: o.title ?? "Customers by repeat purchases: actual vs model", subtitle },
    {
      description: `customers by calibration repeat purchases in ${bins.length} bins, actual and model; ${subtitle}`,
      values,
      layer: [
        {
          name: "bars",
          mark: { type: "bar" },
          encoding: {
            x: {
              field: "label",
              type: "ordinal",
              sort: bins.map((b) => b.label),
              title: "repeat purchases",
              axis: { labelAngle: 0 },
            },
            xOffset: { field: "series", type: "nominal", scale: { domain: series } },
            y: { field: "customers", type: "quantitative", title: "customers" },
            color: { field: "series", type: "nominal", scale: seriesScale(series), title: null },
            tooltip: [
              { field: "label", title: "repeat purchases" },
              { field: "series" },
              { field: "customers", format: ".1f" },
            ],
          },
        },
      ],
    },
  );
}

/** Three significant digits for a subtitle. */
function round(v: number): string {
  return Number(v.toPrecision(3)).toString();
}
