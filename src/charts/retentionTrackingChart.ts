import * as z from "zod/mini";
import type { RetentionTrackingRow } from "../clv/checking/retentionTracking.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, JsonValue, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link retentionTrackingChart} ({@link RetentionTrackingChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { RetentionTrackingChartOptions } from "clientele/charts";
 * const options: RetentionTrackingChartOptions = { measure: "retention", timeLabel: "year" };
 * ```
 * @category Model checks
 */
export interface RetentionTrackingChartOptions extends ChartOptions {
  /** `"survival"` (share of the cohort still active, default) or `"retention"` (period-to-period retention rate). */
  readonly measure?: "survival" | "retention" | undefined;
  /** Label of the period axis (default `"period"`). */
  readonly timeLabel?: string | undefined;
}

/**
 * Schema of {@link RetentionTrackingChartOptions}.
 *
 * @example
 * ```ts
 * import { RetentionTrackingChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(RetentionTrackingChartOptionsSchema, { measure: "churn" }).success; // => false
 * ```
 * @category Model checks
 */
export const RetentionTrackingChartOptionsSchema: z.ZodMiniType<
  RetentionTrackingChartOptions,
  RetentionTrackingChartOptions
> = /* @__PURE__ */ z.extend(ChartOptionsSchema, {
  measure: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["survival", "retention"])),
  timeLabel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
});

const ROW_FIELDS = {
  period: "number",
  actualSurvivors: "number",
  expectedSurvivors: "number",
  actualRetentionRate: "number|null",
  expectedRetentionRate: "number|null",
} as const;

/**
 * Survival and retention curves of a cohort under a retention model (sBG), actual against model, with
 * the end of the calibration period marked (Fader & Hardie 2007, Figures 3 and 4).
 *
 * @remarks
 * Takes the rows of `retentionTracking` (clientele/clv) as they are. `measure: "survival"` draws
 * survivors as a share of the cohort (actual and expected survivors over period 0's actual count);
 * `"retention"` draws the retention rates, leaving out the periods where a rate is `null`. Series, in the
 * order of the `colors` option: `"actual"` and `"model"` (layer `curve`, one point per period and
 * series); the calibration end (the last period that is not holdout) is a vertical rule (layer
 * `calibrationEnd`), drawn when the rows have a holdout. O(rows).
 *
 * @param rows - Rows of `retentionTracking`.
 * @param options - {@link RetentionTrackingChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (path `rows[2].actualSurvivors`), a
 *   first row whose cohort is not positive, or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no rows.
 * @example
 * ```ts
 * import { retentionTrackingChart } from "clientele/charts";
 * import { fitShiftedBetaGeometric, retentionTracking } from "clientele/clv";
 * const survivors = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
 * const fit = fitShiftedBetaGeometric({ survivors: survivors.slice(0, 8) }, { unit: "year" });
 * const spec = retentionTrackingChart(retentionTracking(fit, { survivors, calibrationPeriods: 7 }), { timeLabel: "year" });
 * spec.data?.values.length; // => 26   (13 periods × actual and model)
 * ```
 * @see {@link cohortRetentionChart}, {@link trackingChart}
 * @category Model checks
 */
export function retentionTrackingChart(
  rows: readonly RetentionTrackingRow[],
  options?: RetentionTrackingChartOptions | undefined,
): VegaLiteSpec {
  const fn = "retentionTrackingChart";
  const list = readRecords<RetentionTrackingRow>(fn, rows, ["rows"], ROW_FIELDS);
  list.forEach((row, i) => {
    if (typeof row.holdout !== "boolean") throwOutOfRange(fn, ["rows", i, "holdout"], row.holdout, "boolean");
  });
  const o = readChartOptions(fn, RetentionTrackingChartOptionsSchema, options);
  const survival = o.measure !== "retention";
  const cohort = list[0]!.actualSurvivors;
  if (survival && !(cohort > 0)) throwOutOfRange(fn, ["rows", 0, "actualSurvivors"], cohort, "a cohort size > 0");
  const values: ChartDatum[] = [];
  for (const row of list) {
    const actual = survival ? row.actualSurvivors / cohort : row.actualRetentionRate;
    const model = survival ? row.expectedSurvivors / cohort : row.expectedRetentionRate;
    if (actual !== null) values.push({ period: row.period, series: "actual", value: actual, holdout: row.holdout });
    if (model !== null) values.push({ period: row.period, series: "model", value: model, holdout: row.holdout });
  }
  let calibrationEnd: number | undefined;
  for (const row of list) if (!row.holdout) calibrationEnd = row.period;
  if (!list.some((r) => r.holdout)) calibrationEnd = undefined;
  const series = ["actual", "model"];
  const yTitle = survival ? "share of the cohort active" : "retention rate";
  const layer: JsonValue[] = [
    {
      name: "curve",
      mark: { type: "line", point: false },
      encoding: {
        x: { field: "period", type: "quantitative", title: o.timeLabel ?? "period" },
        y: {
          field: "value",
          type: "quantitative",
          title: yTitle,
          scale: survival ? { domain: [0, 1] } : { zero: false },
        },
        color: { field: "series", type: "nominal", scale: seriesScale(series), title: null },
        strokeDash: {
          field: "series",
          type: "nominal",
          scale: {
            domain: series,
            range: [
              [1, 0],
              [6, 4],
            ],
          },
        },
      },
    },
  ];
  if (calibrationEnd !== undefined) {
    layer.push({
      name: "calibrationEnd",
      data: { values: [{ calibrationEnd }] },
      mark: { type: "rule", strokeDash: [2, 2], color: "gray" },
      encoding: { x: { field: "calibrationEnd", type: "quantitative" } },
    });
  }
  return chartSpec(o, survival ? "Survival: actual vs model" : "Retention rate: actual vs model", {
    description: `${yTitle} over ${list.length} periods, actual and model${
      calibrationEnd === undefined ? "" : `, calibration ends at period ${calibrationEnd}`
    }`,
    values,
    layer,
  });
}
