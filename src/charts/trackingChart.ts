import * as z from "zod/mini";
import type { TrackingRow } from "../clv/checking/trackingCurve.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link trackingChart} ({@link TrackingChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { TrackingChartOptions } from "clientele/charts";
 * const options: TrackingChartOptions = { calibrationEnd: 272 / 7, cumulative: true, timeLabel: "week" };
 * ```
 * @category Model checks
 */
export interface TrackingChartOptions extends ChartOptions {
  /**
   * End of the calibration period on the rows' time axis (`TrackingRow.end`, in the fit's unit), marked
   * by a vertical rule: the holdout lies to its right. Between 0 and the last row's `end`.
   */
  readonly calibrationEnd?: number | undefined;
  /** Draw cumulative repeat purchases instead of the purchases per period (default `false`). */
  readonly cumulative?: boolean | undefined;
  /** Label of the time axis (default `"time"`; e.g. `"week"`). */
  readonly timeLabel?: string | undefined;
}

/**
 * Schema of {@link TrackingChartOptions}.
 *
 * @example
 * ```ts
 * import { TrackingChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(TrackingChartOptionsSchema, { calibrationEnd: -1 }).success; // => false
 * ```
 * @category Model checks
 */
export const TrackingChartOptionsSchema: z.ZodMiniType<TrackingChartOptions, TrackingChartOptions> =
  /* @__PURE__ */ z.extend(ChartOptionsSchema, {
    calibrationEnd: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
    cumulative: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    timeLabel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
  });

const ROW_FIELDS = {
  period: "number",
  end: "number",
  expectedIncremental: "number",
  expectedCumulative: "number",
  actualIncremental: "number?",
  actualCumulative: "number?",
} as const;

/**
 * The tracking plot: actual against expected repeat purchases period by period (or cumulative), with the
 * end of the calibration period marked by a vertical rule (Fader, Hardie & Lee 2005, Figures 1 and 2;
 * Fader, Hardie & Shang 2010 for a BG/BB fit).
 *
 * @remarks
 * Takes the rows of `trackingCurve` (clientele/clv) as they are, for any count model or BG/BB.
 * Series, in the order of the `colors` option: `"actual"` (solid, only when the rows carry actual
 * counts) and `"model"` (dashed). One point per row and series; the layer of the line is named `curve`
 * and the rule `calibrationEnd`. O(rows).
 *
 * @param rows - Rows of `trackingCurve`, with or without `actual` counts (all or none of them).
 * @param options - {@link TrackingChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (path `rows[3].end`), rows where only some
 *   carry actual counts, bad options, or a `calibrationEnd` after the last row's end.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no rows.
 * @example
 * ```ts
 * import { trackingChart } from "clientele/charts";
 * import { type CountModel, trackingCurve } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const rows = trackingCurve(fit, { cohorts: [{ time: 0, customers: 1000 }], periods: 78 });
 * const spec = trackingChart(rows, { calibrationEnd: 39, timeLabel: "week" });
 * spec.data?.values.length; // => 78   (one point per week: the model only, no actual counts given)
 * ```
 * @see {@link calibrationHoldoutChart}
 * @category Model checks
 */
export function trackingChart(rows: readonly TrackingRow[], options?: TrackingChartOptions | undefined): VegaLiteSpec {
  const fn = "trackingChart";
  const list = readRecords<TrackingRow>(fn, rows, ["rows"], ROW_FIELDS);
  const o = readChartOptions(fn, TrackingChartOptionsSchema, options);
  const withActual = list[0]!.actualIncremental !== undefined;
  const cumulative = o.cumulative === true;
  const values: ChartDatum[] = [];
  for (let i = 0; i < list.length; i++) {
    const row = list[i]!;
    const actual = cumulative ? row.actualCumulative : row.actualIncremental;
    if ((actual !== undefined) !== withActual || (row.actualCumulative !== undefined) !== withActual) {
      throwOutOfRange(
        fn,
        ["rows", i, "actualIncremental"],
        actual,
        withActual ? "an actual count, as in rows[0]" : "no actual count, as in rows[0]",
      );
    }
    if (actual !== undefined) values.push({ time: row.end, series: "actual", purchases: actual });
    values.push({
      time: row.end,
      series: "model",
      purchases: cumulative ? row.expectedCumulative : row.expectedIncremental,
    });
  }
  const lastEnd = list[list.length - 1]!.end;
  const calibrationEnd = o.calibrationEnd;
  if (calibrationEnd !== undefined && calibrationEnd > lastEnd) {
    throwOutOfRange(fn, ["options", "calibrationEnd"], calibrationEnd, `a time ≤ the last row's end (${lastEnd})`);
  }
  const series = withActual ? ["actual", "model"] : ["model"];
  const timeLabel = o.timeLabel ?? "time";
  const yTitle = cumulative ? "cumulative repeat purchases" : "repeat purchases per period";
  const layer = [
    {
      name: "curve",
      mark: { type: "line", point: false },
      encoding: {
        x: { field: "time", type: "quantitative", title: timeLabel },
        y: { field: "purchases", type: "quantitative", title: yTitle },
        color: { field: "series", type: "nominal", scale: seriesScale(series), title: null },
        strokeDash: {
          field: "series",
          type: "nominal",
          scale: {
            domain: series,
            range: withActual
              ? [
                  [1, 0],
                  [6, 4],
                ]
              : [[6, 4]],
          },
        },
      },
    },
    ...(calibrationEnd === undefined
      ? []
      : [
          {
            name: "calibrationEnd",
            data: { values: [{ calibrationEnd, label: "calibration end" }] },
            mark: { type: "rule", strokeDash: [2, 2], color: "gray" },
            encoding: { x: { field: "calibrationEnd", type: "quantitative" } },
          },
        ]),
  ];
  return chartSpec(
    o,
    cumulative ? "Cumulative repeat purchases: actual vs model" : "Repeat purchases per period: actual vs model",
    {
      description: `${yTitle} over ${list.length} periods${withActual ? ", actual and model" : ", model"}${
        calibrationEnd === undefined ? "" : `, calibration ends at ${timeLabel} ${calibrationEnd}`
      }`,
      values,
      layer,
    },
  );
}
